#pragma once

#include <QStringList>

namespace authlab {

// The languages the user interface can be shown in: English (the source language) and every
// catalogue compiled into the program (:/i18n/authlab_<lang>.qm, which the GUI library links).
// "en" first, then the others sorted. A language appears here only once its catalogue exists.
QStringList uiLanguages();

} // namespace authlab
