#pragma once

#include <QString>

class QAbstractItemView;

namespace authlab::gui {

// The selected rows of a table as text: one line per row, cells separated by tabs, every
// column (not only the current cell), in the order the rows are shown.
QString selectedRowsText(const QAbstractItemView *view);

// Ctrl+C (and the context menu's Copy) on `view` copies selectedRowsText().
void installRowCopy(QAbstractItemView *view);

} // namespace authlab::gui
