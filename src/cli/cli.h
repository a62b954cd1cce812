#pragma once

#include <QStringList>

namespace authlab::cli {

// Exit codes (BRIEF.md): an interface that scripts and outside tests rely on.
enum ExitCode : int {
    ExitOk = 0,
    ExitViolations = 1, // `check` found RFC violations
    ExitUsage = 2,      // bad arguments or a bad scenario file
    ExitCannotListen = 3,
    ExitCannotReach = 3, // `check`: the server cannot be reached (refused, no such host, time-out)
};

// True when the arguments ask for a headless command (a subcommand, --help, --version):
// those never need a display.
bool isCliInvocation(const QStringList &args);
int run(int argc, char **argv);

QString helpText();
QString versionText();

} // namespace authlab::cli
