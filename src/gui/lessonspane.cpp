#include "lessonspane.h"

#include "session/lessons.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace authlab::gui {

namespace {
QLabel *wrapped(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return l;
}
} // namespace

LessonsPane::LessonsPane(LessonRunner *runner, QWidget *parent) : QWidget(parent), m_runner(runner)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);

    // Which lesson, and what to do with it.
    auto *top = new QHBoxLayout;
    m_lessonLabel = new QLabel(this);
    m_lessonBox = new QComboBox(this);
    m_lessonBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_lessonBox->setMinimumContentsLength(8);
    m_lessonLabel->setBuddy(m_lessonBox);
    m_begin = new QPushButton(this);
    m_restart = new QPushButton(this);
    m_leave = new QPushButton(this);
    top->addWidget(m_lessonLabel);
    top->addWidget(m_lessonBox, 1);
    top->addWidget(m_begin);
    top->addWidget(m_restart);
    top->addWidget(m_leave);
    outer->addLayout(top);

    // The steps on the left, the current one on the right (scrolls when the pane is short).
    auto *body = new QHBoxLayout;
    m_steps = new QListWidget(this);
    m_steps->setWordWrap(true);
    m_steps->setTextElideMode(Qt::ElideNone);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    body->addWidget(m_steps, 2);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *detail = new QWidget(scroll);
    auto *d = new QVBoxLayout(detail);
    d->setContentsMargins(0, 0, 0, 0);
    m_summary = wrapped(detail);
    m_previousDone = wrapped(detail);
    m_previousDone->setFrameShape(QFrame::StyledPanel);
    m_stepTitle = wrapped(detail);
    QFont bold = m_stepTitle->font();
    bold.setBold(true);
    m_stepTitle->setFont(bold);
    m_goal = wrapped(detail);
    m_checks = wrapped(detail);
    auto *answerRow = new QHBoxLayout;
    m_answerLabel = new QLabel(detail);
    m_answer = new QComboBox(detail);
    m_answer->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_answer->setMinimumContentsLength(8);
    m_answerLabel->setBuddy(m_answer);
    answerRow->addWidget(m_answerLabel);
    answerRow->addWidget(m_answer, 1);
    m_hints = wrapped(detail);
    m_done = wrapped(detail);
    d->addWidget(m_summary);
    d->addWidget(m_previousDone);
    d->addWidget(m_stepTitle);
    d->addWidget(m_goal);
    d->addWidget(m_checks);
    d->addLayout(answerRow);
    d->addWidget(m_hints);
    d->addWidget(m_done);
    d->addStretch(1);
    scroll->setWidget(detail);
    auto *right = new QVBoxLayout;
    right->addWidget(scroll, 1);
    auto *buttons = new QHBoxLayout;
    m_hint = new QPushButton(this);
    m_previous = new QPushButton(this);
    m_next = new QPushButton(this);
    buttons->addWidget(m_hint);
    buttons->addStretch(1);
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    right->addLayout(buttons);
    body->addLayout(right, 3);
    outer->addLayout(body, 1);

    connect(m_begin, &QPushButton::clicked, this, [this] {
        if (m_runner->start(m_lessonBox->currentIndex()))
            m_steps->setFocus(Qt::OtherFocusReason);
    });
    connect(m_restart, &QPushButton::clicked, m_runner, &LessonRunner::restart);
    connect(m_leave, &QPushButton::clicked, m_runner, &LessonRunner::leave);
    connect(m_previous, &QPushButton::clicked, this, [this] {
        m_lastDone = -1;
        m_runner->previous();
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        m_lastDone = -1;
        m_runner->next();
    });
    connect(m_hint, &QPushButton::clicked, this, [this] {
        ++m_hintsShown;
        refresh();
    });
    connect(m_steps, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_runner->isRunning() && row >= 0)
            m_runner->goTo(row);
    });
    connect(m_lessonBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_runner->isRunning())
            refresh();
    });
    connect(m_answer, &QComboBox::activated, this,
            [this](int index) { m_runner->choose(m_answer->itemData(index).toString()); });
    connect(m_runner, &LessonRunner::lessonStarted, this, [this](int index) {
        m_lastDone = -1;
        m_lessonBox->setCurrentIndex(index);
        showStep();
    });
    connect(m_runner, &LessonRunner::lessonLeft, this, [this] {
        showStep();
        Q_EMIT message(tr("Left the lesson: your scenario, request and watched requests are back."));
    });
    connect(m_runner, &LessonRunner::stepChanged, this, &LessonsPane::showStep);
    connect(m_runner, &LessonRunner::evaluated, this, &LessonsPane::refresh);
    connect(m_runner, &LessonRunner::stepDone, this, [this](int step) {
        m_lastDone = step;
        refresh();
        Q_EMIT message(tr("Step %1 done ✓").arg(step + 1));
    });
    connect(m_runner, &LessonRunner::lessonDone, this,
            [this] { Q_EMIT message(tr("Lesson complete ✓ — every step is done.")); });

    retranslate();
    fillLessons();
    showStep();
}

QString LessonsPane::markText(bool done, bool current)
{
    const QString mark = done ? tr("✓ done") : tr("○ to do");
    return current ? QStringLiteral("▶ ") + mark : mark;
}

void LessonsPane::focusLessons()
{
    if (m_runner->isRunning())
        m_steps->setFocus(Qt::ShortcutFocusReason);
    else
        m_lessonBox->setFocus(Qt::ShortcutFocusReason);
}

void LessonsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillLessons();
        showStep();
    }
    QWidget::changeEvent(event);
}

void LessonsPane::retranslate()
{
    m_lessonLabel->setText(tr("Lesson:")); // Help ▸ Lessons (Shift+F1) comes here
    m_lessonBox->setAccessibleName(tr("Lesson"));
    m_begin->setText(tr("Be&gin"));
    m_begin->setToolTip(tr("Start the chosen lesson: its scenario, client and watched requests replace "
                           "yours until you leave it"));
    m_restart->setText(tr("Restart"));
    m_restart->setToolTip(tr("Start this lesson again from its first step (a bug hunt picks a new bug)"));
    m_leave->setText(tr("Leave"));
    m_leave->setToolTip(tr("Leave the lesson and get your own scenario, request and watched requests back"));
    m_steps->setAccessibleName(tr("Steps of the lesson"));
    m_answerLabel->setText(tr("Answer to the qui&z:"));
    m_answer->setAccessibleName(tr("Your answer"));
    m_hint->setText(tr("Hint"));
    m_hint->setToolTip(tr("Show the next hint for this step"));
    m_previous->setText(tr("◀ Previous"));
    m_previous->setAccessibleName(tr("Previous step"));
    m_next->setText(tr("Next ▶"));
    m_next->setAccessibleName(tr("Next step"));
}

void LessonsPane::fillLessons()
{
    const QSignalBlocker block(m_lessonBox);
    const int current = m_lessonBox->currentIndex();
    m_lessonBox->clear();
    const QList<Lesson> &lessons = m_runner->lessons();
    for (int i = 0; i < lessons.size(); ++i)
        m_lessonBox->addItem(tr("%1. %2").arg(i + 1).arg(lessonText(lessons[i].title)));
    m_lessonBox->setCurrentIndex(m_runner->isRunning() ? m_runner->lessonIndex() : qMax(0, current));
}

// A new step (or lesson): the list of steps again, hints hidden.
void LessonsPane::showStep()
{
    m_hintsShown = 0;
    refresh();
}

void LessonsPane::refresh()
{
    const bool running = m_runner->isRunning();
    const int index = running ? m_runner->lessonIndex() : m_lessonBox->currentIndex();
    const QList<Lesson> &lessons = m_runner->lessons();
    const Lesson *lesson = index >= 0 && index < lessons.size() ? &lessons[index] : nullptr;
    m_begin->setEnabled(lesson && !running);
    m_lessonBox->setEnabled(!running);
    m_restart->setEnabled(running);
    m_leave->setEnabled(running);

    // The steps, each with its mark.
    {
        const QSignalBlocker block(m_steps);
        const int count = lesson ? int(lesson->steps.size()) : 0;
        if (m_steps->count() != count) {
            m_steps->clear();
            for (int i = 0; i < count; ++i)
                m_steps->addItem(QString());
        }
        for (int i = 0; i < count; ++i) {
            const bool done = running && m_runner->isDone(i);
            const bool current = running && i == m_runner->step();
            m_steps->item(i)->setText(markText(done, current) + QStringLiteral(" · ") +
                                      tr("%1. %2").arg(i + 1).arg(lessonText(lesson->steps[i].goal)));
            QFont f = m_steps->font();
            f.setBold(current);
            m_steps->item(i)->setFont(f);
        }
        m_steps->setCurrentRow(running ? m_runner->step() : -1);
    }
    m_steps->setEnabled(running);

    m_summary->setText(lesson ? lessonText(lesson->summary) : QString());
    m_summary->setVisible(lesson && (!running || (m_runner->step() == 0 && m_lastDone < 0)));
    const bool justDone =
        running && m_lastDone >= 0 && m_lastDone != m_runner->step() && m_lastDone < lesson->steps.size();
    m_previousDone->setVisible(justDone);
    if (justDone) {
        const QString why = lessonText(lesson->steps.at(m_lastDone).done);
        m_previousDone->setText(why.isEmpty() ? tr("Step %1 done ✓").arg(m_lastDone + 1)
                                              : tr("Step %1 done ✓ — %2").arg(m_lastDone + 1).arg(why));
    }
    const bool hasStep = running && m_runner->step() < lesson->steps.size();
    m_previous->setEnabled(hasStep && m_runner->step() > 0);
    m_next->setEnabled(hasStep && m_runner->step() + 1 < lesson->steps.size());
    if (!hasStep) {
        m_stepTitle->setText(lesson ? tr("%n step(s). Begin to start: the lesson sets up its own scenario "
                                         "and client, and gives yours back when you leave it.",
                                         nullptr, lesson ? int(lesson->steps.size()) : 0)
                                    : tr("No lessons are installed."));
        for (QWidget *w : {static_cast<QWidget *>(m_goal), static_cast<QWidget *>(m_checks),
                           static_cast<QWidget *>(m_answerLabel), static_cast<QWidget *>(m_answer),
                           static_cast<QWidget *>(m_hints), static_cast<QWidget *>(m_done)})
            w->hide();
        m_hint->setEnabled(false);
        return;
    }

    const int step = m_runner->step();
    const LessonStep &s = lesson->steps.at(step);
    const bool done = m_runner->isDone(step);
    m_stepTitle->setText(tr("Step %1 of %2 — %3")
                             .arg(step + 1)
                             .arg(lesson->steps.size())
                             .arg(done ? tr("done ✓") : tr("not done yet")));
    m_goal->setText(lessonText(s.goal));
    m_goal->show();

    QStringList lines;
    for (const LessonRunner::ConditionState &c : m_runner->conditions(step)) {
        QString line = (c.met ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + c.text;
        if (!c.met && !c.now.isEmpty())
            line += QStringLiteral(" (") + c.now + QLatin1Char(')');
        lines.append(line);
    }
    m_checks->setText(tr("Checked live:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    m_checks->show();

    const bool question = !s.options.isEmpty();
    m_answerLabel->setVisible(question);
    m_answer->setVisible(question);
    if (question) {
        const QSignalBlocker block(m_answer);
        m_answer->clear();
        m_answer->addItem(tr("(choose)"), QString());
        for (const LessonOption &o : s.options)
            m_answer->addItem(LessonRunner::optionText(o), o.id);
        m_answer->setCurrentIndex(qMax(0, m_answer->findData(m_runner->choice(step))));
        m_answer->setToolTip(lessonText(s.question));
    }
    if (question && !s.question.isEmpty())
        m_goal->setText(lessonText(s.goal) + QLatin1Char('\n') + lessonText(s.question));

    QStringList hints;
    for (int i = 0; i < qMin(m_hintsShown, int(s.hints.size())); ++i)
        hints.append(tr("Hint %1: %2").arg(i + 1).arg(lessonText(s.hints[i])));
    m_hints->setText(hints.join(QLatin1Char('\n')));
    m_hints->setVisible(!hints.isEmpty());
    m_hint->setEnabled(m_hintsShown < s.hints.size());
    m_hint->setText(
        s.hints.isEmpty()
            ? tr("No hints")
            : tr("Hint (%1 of %2)").arg(qMin(m_hintsShown + 1, int(s.hints.size()))).arg(s.hints.size()));

    m_done->setText(done && !s.done.isEmpty() ? tr("Why: %1").arg(lessonText(s.done)) : QString());
    m_done->setVisible(done && !s.done.isEmpty());
}

} // namespace authlab::gui
