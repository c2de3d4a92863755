#include "ui/EmptyState.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace trainyard::ui {

EmptyState::EmptyState(const QString& title, const QString& text, QWidget* parent)
    : QWidget(parent)
    , m_text(new QLabel(text))
    , m_buttons(new QHBoxLayout) {
    auto* heading = new QLabel(title);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setMaximumWidth(640);
    m_text->setAlignment(Qt::AlignCenter);

    // Centred by stretches, not by an alignment flag: an aligned word-wrapped label gets its
    // one-line size hint, and long (German) text was cut off.
    auto* textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(m_text, 4);
    textRow->addStretch(1);
    m_buttons->addStretch();
    m_buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(heading);
    layout->addLayout(textRow);
    layout->addLayout(m_buttons);
    layout->addStretch(2);
}

QPushButton* EmptyState::addButton(const QString& text) {
    auto* button = new QPushButton(text);
    m_buttons->insertWidget(m_buttons->count() - 1, button); // between the two stretches
    return button;
}

} // namespace trainyard::ui
