#pragma once

#include <QLabel>

namespace trainyard::ui {

// A one-line label that never widens its layout: text longer than the room is elided in the
// middle (so a run title keeps its start and its "(run 12)"), with the whole text as tooltip.
class ElidedLabel : public QLabel {
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);
    void setFullText(const QString& text);
    QString fullText() const { return m_fullText; }
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void elide();

    QString m_fullText;
};

} // namespace trainyard::ui
