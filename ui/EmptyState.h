#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace trainyard::ui {

// What a page shows when it has nothing yet: a title, a sentence that says what to do next, and
// the buttons that do it, centred.
class EmptyState : public QWidget {
    Q_OBJECT
public:
    EmptyState(const QString& title, const QString& text, QWidget* parent = nullptr);

    QLabel* textLabel() const { return m_text; }
    QPushButton* addButton(const QString& text);

private:
    QLabel* m_text;
    QHBoxLayout* m_buttons;
};

} // namespace trainyard::ui
