#pragma once

#include <QAbstractScrollArea>
#include <QPointer>

namespace trainyard::ui {

class LogModel;

// Paints the visible rows of a LogModel and nothing else: no per-row layout, no per-row widget
// state, so a million rows cost what twenty do. Monospace, one row per line (no wrapping;
// horizontal scrolling for long lines), ANSI colours, search hits highlighted, a row selection
// that Ctrl+C copies (read on a worker). Tail-follow: while the view is at the bottom it stays
// there as rows arrive; scrolling up stops following, scrolling back down resumes it.
class LogView : public QAbstractScrollArea {
    Q_OBJECT
public:
    // Shown while there is no line yet (a run that has not started writes no log).
    void setPlaceholderText(const QString& text) {
        m_placeholder = text;
        viewport()->update();
    }
    explicit LogView(QWidget* parent = nullptr);
    void setModel(LogModel* model);
    LogModel* model() const { return m_model; }

    bool isFollowing() const { return m_follow; }
    void setFollowing(bool follow);
    void scrollToTop();
    void scrollToBottom();
    void scrollToRow(int row); // centred
    int firstVisibleRow() const;
    int visibleRowCount() const;
    // Every visible row has its text (not a placeholder): the view shows the real log.
    bool visibleRowsLoaded() const;

    void setHighlight(const QString& text, bool caseSensitive);
    void setCurrentRow(int row); // the current search hit
    int currentRow() const { return m_current; }
    void selectRows(int first, int last);
    std::pair<int, int> selection() const;
    void copySelection();

    qint64 paintCount() const { return m_paints; }

signals:
    void followingChanged(bool following);
    void copied(const QString& text);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void updateScrollBars();
    void onRowsInserted();
    int rowAt(int y) const;

    QPointer<LogModel> m_model;
    int m_lineHeight = 16;
    qreal m_charWidth = 8;
    int m_widestSeen = 0; // characters, of the rows painted so far
    bool m_follow = true;
    bool m_adjusting = false;
    QString m_highlight;
    Qt::CaseSensitivity m_highlightCase = Qt::CaseInsensitive;
    int m_current = -1;
    int m_anchor = -1;
    int m_selFirst = -1, m_selLast = -1;
    qint64 m_paints = 0;
    QString m_placeholder;
};

} // namespace trainyard::ui
