// The German translation is compiled in, complete for the decision trace, and never touches
// protocol tokens.
#include "policy/rules.h"
#include "session/lessons.h"
#include "statusbadge.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace authlab;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void guiStringsAreGerman();
    void everyRuleIsTranslatedWithItsArguments();
    void protocolTokensStayAsTheyAre();
    void everyLessonTextIsTranslated();

private:
    QTranslator m_german;
};

void TestTranslations::initTestCase()
{
    QVERIFY2(m_german.load(QStringLiteral(":/i18n/authlab_de.qm")),
             "the German catalogue is compiled into the GUI");
    QVERIFY(QCoreApplication::installTranslator(&m_german));
}

void TestTranslations::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_german);
}

void TestTranslations::guiStringsAreGerman()
{
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&Datei"));
    QCOMPARE(QCoreApplication::translate("authlab::CredentialBuilder", "wrong password"),
             QStringLiteral("falsches Passwort"));
}

void TestTranslations::everyRuleIsTranslatedWithItsArguments()
{
    const QRegularExpression placeholder(QStringLiteral("%\\d"));
    for (int i = 0; i < int(Rule::RuleCount); ++i) {
        const RuleInfo &info = ruleInfo(Rule(i));
        const QString source = QString::fromUtf8(info.text);
        const QString german = QCoreApplication::translate("authlab::Rules", info.text);
        QVERIFY2(german != source, info.id);
        QStringList a, b;
        for (auto it = placeholder.globalMatch(source); it.hasNext();)
            a.append(it.next().captured());
        for (auto it = placeholder.globalMatch(german); it.hasNext();)
            b.append(it.next().captured());
        a.sort();
        b.sort();
        QVERIFY2(a == b, info.id);
        QVERIFY2(!checkName(info.check).isEmpty(), info.id);
    }
    QCOMPARE(ruleText(Rule::NotGroupMember, QStringLiteral("bob"), QStringLiteral("admins")).left(31),
             QStringLiteral("bob ist authentifiziert, aber n"));
}

void TestTranslations::protocolTokensStayAsTheyAre()
{
    QCOMPARE(gui::statusText(403), QStringLiteral("403 Forbidden"));
    QCOMPARE(gui::statusText(401), QStringLiteral("401 Unauthorized"));
    QCOMPARE(ruleCitation(Rule::ChallengeSent), QStringLiteral("RFC 9110 §11.6.1, §15.5.2"));
    QVERIFY(
        ruleText(Rule::ChallengeSent, QStringLiteral("Basic")).contains(QStringLiteral("WWW-Authenticate")));
}

// The built-in lessons' texts (src/core/session/lessontexts.cpp, context authlab::Lessons).
void TestTranslations::everyLessonTextIsTranslated()
{
    QStringList missing;
    // A status line ("403 Forbidden") is protocol text: it stays as it is in every language.
    static const QRegularExpression statusLine(QStringLiteral("^[1-5][0-9][0-9] [A-Za-z -]+$"));
    for (const char *text : lessonSourceTexts()) {
        if (statusLine.match(QString::fromUtf8(text)).hasMatch())
            continue;
        if (QCoreApplication::translate("authlab::Lessons", text) == QString::fromUtf8(text))
            missing.append(QString::fromUtf8(text));
    }
    QVERIFY(!lessonSourceTexts().empty());
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 lesson text(s) without German, the first: %2")
                                               .arg(missing.size())
                                               .arg(missing.value(0))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
