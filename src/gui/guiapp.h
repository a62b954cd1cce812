#pragma once

namespace authlab::gui {
// Parses the GUI's arguments, then starts the application; returns its exit code.
int run(int argc, char **argv);
} // namespace authlab::gui
