#pragma once

#include "scenario/scenario.h"

#include <QWidget>

class QLabel;

namespace authlab::gui {

// What the server's behaviour does, which RFC sentence it breaks (or which school it follows) and
// what real clients do with it: the explanation of the behaviour chosen in the tool bar
// (policy/overrides.h holds the texts).
class BehaviourPane : public QWidget
{
    Q_OBJECT

public:
    explicit BehaviourPane(QWidget *parent = nullptr);
    void setBehaviour(Behaviour behaviour);
    Behaviour behaviour() const { return m_behaviour; }
    QString text() const; // the explanation as plain text (tests, copy)

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Behaviour m_behaviour = Behaviour::Rfc9110;
    QLabel *m_text = nullptr;
};

} // namespace authlab::gui
