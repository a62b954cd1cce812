#include "behaviourpane.h"

#include "policy/overrides.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QTextDocument>
#include <QVBoxLayout>

namespace authlab::gui {

BehaviourPane::BehaviourPane(QWidget *parent) : QWidget(parent)
{
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // Selectable by mouse only: the pane is read, and must not hold the keyboard focus.
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setContentsMargins(6, 6, 6, 6);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_text);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    retranslate();
}

void BehaviourPane::setBehaviour(Behaviour behaviour)
{
    if (behaviour == m_behaviour)
        return;
    m_behaviour = behaviour;
    retranslate();
}

QString BehaviourPane::text() const
{
    QTextDocument doc;
    doc.setHtml(m_text->text());
    return doc.toPlainText();
}

void BehaviourPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BehaviourPane::retranslate()
{
    const Behaviour b = m_behaviour;
    const QString citation = QString::fromUtf8(behaviourInfo(b).citation);
    auto para = [](const QString &heading, const QString &body) -> QString {
        return QStringLiteral("<p><b>") + heading.toHtmlEscaped() + QStringLiteral("</b><br>") +
               body.toHtmlEscaped() + QStringLiteral("</p>");
    };
    QString html = QStringLiteral("<p><b>") + behaviourTitle(b).toHtmlEscaped() +
                   QStringLiteral("</b> <code>") + behaviourId(b).toHtmlEscaped() +
                   QStringLiteral("</code></p>");
    html += para(tr("What the server does"), behaviourDoes(b));
    html += para(b == Behaviour::Rfc9110 ? tr("What RFC 9110 says (%1)").arg(citation)
                                         : tr("What it breaks or follows (%1)").arg(citation),
                 behaviourBreaks(b));
    html += para(tr("What real clients do"), behaviourClients(b));
    m_text->setText(html);
}

} // namespace authlab::gui
