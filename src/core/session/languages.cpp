#include "session/languages.h"

#include <QDir>

namespace authlab {

QStringList uiLanguages()
{
    QStringList languages;
    const QString prefix = QStringLiteral("authlab_");
    const QString suffix = QStringLiteral(".qm");
    const QStringList catalogues =
        QDir(QStringLiteral(":/i18n"))
            .entryList({prefix + QLatin1Char('*') + suffix}, QDir::Files, QDir::Name);
    for (const QString &file : catalogues) {
        const QString language = file.mid(prefix.size(), file.size() - prefix.size() - suffix.size());
        if (!language.isEmpty() && language != QLatin1String("en"))
            languages.append(language);
    }
    languages.prepend(QStringLiteral("en"));
    return languages;
}

} // namespace authlab
