#pragma once

#include "session/check.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace authlab::gui {

class CheckModel;

// The Check pane: `authlab check` in the window. A URL (any http/https server, by default a
// protected resource of the embedded one), a user's name and password, a Bearer token, Run
// (Enter in any field); the findings as a table, most severe first. Selecting a finding shows the
// exchange it was seen in (findingSelected); its RFC sentence and explanation show below the table.
class CheckPane : public QWidget
{
    Q_OBJECT
public:
    explicit CheckPane(QWidget *parent = nullptr);

    // The URL, a user who may see it and (optionally) another valid user with other rights.
    void setDefaults(const QUrl &url, const QString &user, const QString &password,
                     const QString &otherUser = {}, const QString &otherPassword = {});
    CheckOptions options() const;
    void run();

    Checker *checker() { return m_checker; }
    CheckModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *otherUserEdit() const { return m_otherUser; }
    QLineEdit *otherPasswordEdit() const { return m_otherPassword; }
    QPushButton *runButton() const { return m_run; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void findingSelected(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void measure();
    void onFinished();
    void showFinding(int row);

    Checker *m_checker;
    CheckModel *m_model;
    QLineEdit *m_url;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_otherUser;
    QLineEdit *m_otherPassword;
    QLineEdit *m_token;
    QCheckBox *m_insecure;
    QPushButton *m_run;
    QLabel *m_status;
    QTableView *m_view;
    QPlainTextEdit *m_explanation;
};

} // namespace authlab::gui
