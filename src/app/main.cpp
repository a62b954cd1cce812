// AuthLab: one binary, the GUI or a headless command depending on the arguments.
#include "cli.h"
#include "guiapp.h"

#include <QStringList>

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    if (authlab::cli::isCliInvocation(args))
        return authlab::cli::run(argc, argv);
    return authlab::gui::run(argc, argv);
}
