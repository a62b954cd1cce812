#pragma once

#include "client/clientrequest.h"
#include "scenario/scenario.h"
#include "scenario/scenarioio.h"
#include "session/workbench.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>
#include <span>

namespace authlab {

// A lesson (docs/user-guide.md §3, resources/lessons/*.json): a scenario, the client set-up and
// watched requests it starts with, and guided steps, each done when all of its conditions hold
// against the live Workbench. Lesson texts are English in the file and translated at display
// time in the "authlab::Lessons" context (lessonText()); src/core/session/lessontexts.cpp lists
// them for lupdate and is written by `AUTHLAB_UPDATE_LESSON_TEXTS=1 tst_lessons`.

// One condition of a step's check (the "check" array of a step).
struct LessonCondition
{
    enum class What : quint8 {
        Watch,     // a watched request's last answer
        Answer,    // the client's current answer
        Member,    // a user is (not) in a group
        Unchanged, // a user's password and tokens, or a resource's rules, are as the lesson set them
        Behaviour, // the server behaviour is this one
        Choice,    // the student's answer to the step's question is this option
        Bug,       // the student's answer names the behaviour the bug hunt picked
    };
    What what = What::Answer;

    // Watch and Answer: which exchange, and what must be true of it.
    QByteArray method;          // Watch: "GET" unless given; Answer: empty = any
    QString path;               // Watch: the watched path; Answer: the request's path (empty: any);
                                // Unchanged: the resource's path
    std::optional<Identity> as; // anonymous, or a scenario user
    std::optional<CredentialState> credentials;
    std::optional<ClientScheme> scheme;
    QList<int> status;         // one of these; empty: any
    int legs = 0;              // exactly this many legs; 0: any
    QByteArray header;         // a response field of the last leg (all its lines)
    QString contains;          // ... contains this (case-insensitive)
    QString lacks;             // ... does not contain this
    bool headerAbsent = false; // ... is not there at all
    QString finalPath;         // the last leg's URL path

    // Member and Unchanged
    QString user;
    QString group;
    bool member = true;

    Behaviour behaviour = Behaviour::Rfc9110; // Behaviour
    QString option;                           // Choice
};

struct LessonOption
{
    QString id;
    QString text;                       // English source; empty for a behaviour (its title is used)
    std::optional<Behaviour> behaviour; // the bug hunt's options
};

struct LessonStep
{
    QString goal;
    QStringList hints;
    QString done; // shown once the step is done: why it came out this way
    QString question;
    QList<LessonOption> options;
    QList<LessonCondition> check;
};

struct LessonClient
{
    Identity identity;
    CredentialState credentials = CredentialState::Correct;
    ClientScheme scheme = ClientScheme::Basic;
    ClientFlow flow = ClientFlow::Preemptive;
    QByteArray method = "GET";
    QString path = QStringLiteral("/");
};

struct Lesson
{
    QString id;   // the file's base name: "01-401-or-403"
    QString file; // where it was loaded from
    QString title;
    QString summary;
    QString scenarioFile;
    Scenario scenario;
    LessonClient client;
    QList<Watch> watches;
    QList<Behaviour> bugs; // a bug hunt: one of these is picked when the lesson starts
    QList<LessonStep> steps;
};

struct LessonLoad
{
    std::optional<Lesson> lesson; // set only when there are no problems
    QList<ScenarioProblem> problems;

    bool ok() const { return lesson.has_value(); }
    QString errorText() const;
};

class LessonIO
{
    Q_DECLARE_TR_FUNCTIONS(authlab::LessonIO)
public:
    static constexpr const char *FormatName = "authlab-lesson";

    // `file` names the source in messages; the lesson's "scenario" is read from its folder
    // (a scenario file of its own, docs/scenario-format.md), problems in it named by that file.
    static LessonLoad fromJson(const QByteArray &json, const QString &file);
    static LessonLoad load(const QString &path);

    // The built-in lessons (resources/lessons/*.json compiled in as :/authlab/lessons/), in order.
    static QStringList builtInPaths();
    static QList<Lesson> builtIn();
};

// A lesson text in the user's language (context "authlab::Lessons").
QString lessonText(const QString &source);
// Every source text of the built-in lessons, as lupdate sees them (lessontexts.cpp, generated).
std::span<const char *const> lessonSourceTexts();

// Runs one lesson at a time against a Workbench: sets up its scenario, client and watches,
// evaluates the current step after every round of answers (and when the student answers a
// question), marks it done and moves on. Leaving restores what was there before the lesson.
class LessonRunner : public QObject
{
    Q_OBJECT
public:
    struct ConditionState
    {
        QString text; // what must hold, translated
        QString now;  // what holds now, if it says more than met / not met
        bool met = false;
    };

    explicit LessonRunner(Workbench *workbench, QObject *parent = nullptr);

    void setLessons(const QList<Lesson> &lessons);
    const QList<Lesson> &lessons() const { return m_lessons; }

    bool isRunning() const { return m_lesson >= 0; }
    int lessonIndex() const { return m_lesson; }
    const Lesson *lesson() const { return isRunning() ? &m_lessons[m_lesson] : nullptr; }
    int step() const { return m_step; }

    // Starts lesson `index` (a bug hunt picks `bug`, or one of its behaviours at random).
    bool start(int index, std::optional<Behaviour> bug = std::nullopt);
    void restart();
    // Back to the scenario, request and watches from before the first lesson started.
    void leave();

    void goTo(int step);
    void next() { goTo(m_step + 1); }
    void previous() { goTo(m_step - 1); }

    bool isDone(int step) const { return m_done.value(step); }
    bool holds(int step) const;
    QList<ConditionState> conditions(int step) const;
    void choose(const QString &optionId); // the student's answer to the current step's question
    QString choice(int step) const { return m_choices.value(step); }
    Behaviour bug() const { return m_bug; }
    // A bug hunt: the window must not show which behaviour runs.
    bool hidesBehaviour() const { return isRunning() && !lesson()->bugs.isEmpty(); }

    static QString optionText(const LessonOption &option);

Q_SIGNALS:
    // Before a lesson replaces the scenario (also on restart): a document can set itself aside.
    void aboutToStart(int index);
    void lessonStarted(int index);
    void lessonLeft();
    void stepChanged(int step);
    void stepDone(int step);
    void lessonDone();
    void evaluated(); // the live marks may have changed

private:
    void evaluate();
    ConditionState condition(const LessonCondition &c, int step) const;

    Workbench *m_workbench;
    QList<Lesson> m_lessons;
    int m_lesson = -1;
    int m_step = 0;
    QList<bool> m_done;
    QHash<int, QString> m_choices;
    Behaviour m_bug = Behaviour::Rfc9110;
    Scenario m_initial;   // the lesson's scenario as it started: what "unchanged" compares with
    bool m_dirty = false; // changed since the last round started: the answers are stale

    struct Saved
    {
        Scenario scenario;
        RequestSpec request;
        QList<Watch> watches;
    };
    std::optional<Saved> m_saved;
};

} // namespace authlab
