#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace authlab {

// Plain-language meaning of a header field, for the headers table: what it is for, and what
// this particular value says (e.g. which scheme a challenge offers). Empty for fields that
// do not matter for authentication.
class HeaderHelp
{
    Q_DECLARE_TR_FUNCTIONS(authlab::HeaderHelp)
public:
    static QString explain(QByteArrayView name, QByteArrayView value, bool inResponse);
};

} // namespace authlab
