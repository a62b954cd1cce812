#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace authlab {
class LessonRunner;
}

namespace authlab::gui {

// The Lessons pane: pick a lesson and begin it; then its steps with a done / not-done mark each
// (a glyph and a word, not only a colour), the current step's goal, its conditions with what
// holds now, hints revealed on request, the answer to its question, and Previous / Next /
// Restart / Leave. Everything is a LessonRunner (session/lessons.h) underneath; the pane only
// shows it and passes on what the student does.
class LessonsPane : public QWidget
{
    Q_OBJECT

public:
    explicit LessonsPane(LessonRunner *runner, QWidget *parent = nullptr);

    QComboBox *lessonBox() const { return m_lessonBox; }
    QListWidget *stepList() const { return m_steps; }
    QComboBox *answerBox() const { return m_answer; }
    QPushButton *beginButton() const { return m_begin; }
    QPushButton *hintButton() const { return m_hint; }
    QLabel *checksLabel() const { return m_checks; }
    QLabel *hintsLabel() const { return m_hints; }
    void focusLessons(); // Help ▸ Lessons: the list, ready to pick

    // The mark of a step as the list shows it: readable without colour.
    static QString markText(bool done, bool current);

Q_SIGNALS:
    void message(const QString &text); // for the status bar

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillLessons();
    void refresh();
    void showStep();

    LessonRunner *m_runner;
    QLabel *m_lessonLabel = nullptr;
    QComboBox *m_lessonBox = nullptr;
    QPushButton *m_begin = nullptr;
    QPushButton *m_restart = nullptr;
    QPushButton *m_leave = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_steps = nullptr;
    QLabel *m_stepTitle = nullptr;
    QLabel *m_goal = nullptr;
    QLabel *m_checks = nullptr;
    QLabel *m_answerLabel = nullptr;
    QComboBox *m_answer = nullptr;
    QLabel *m_hints = nullptr;
    QLabel *m_done = nullptr;
    QPushButton *m_hint = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_previousDone = nullptr; // why the step just done came out so (it moved on)
    int m_lastDone = -1;
    int m_hintsShown = 0;
};

} // namespace authlab::gui
