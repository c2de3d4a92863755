#include "ui/logs/LogView.h"

#include "ui/StatusStyle.h"

#include "ui/logs/LogModel.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QtMath>

namespace trainyard::ui {

namespace {

// Longer lines are painted up to this many characters past the scroll position (they stay
// searchable and copyable in full up to LogDocument::kMaxShownLineBytes).
constexpr int kPaintChars = 600;

QColor colourOf(quint32 argb) {
    return QColor::fromRgba(argb);
}

} // namespace

LogView::LogView(QWidget* parent)
    : QAbstractScrollArea(parent) {
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(font);
    const QFontMetrics fm(font);
    m_lineHeight = fm.height();
    // The true (fractional) advance: text is drawn in runs, so an advance rounded to whole pixels
    // would let highlights drift off their text along a line.
    m_charWidth = qMax(1.0, QFontMetricsF(font).horizontalAdvance(u'M'));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    verticalScrollBar()->setSingleStep(1);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (m_adjusting)
            return;
        const bool atBottom = value >= verticalScrollBar()->maximum();
        if (atBottom != m_follow) {
            m_follow = atBottom;
            emit followingChanged(m_follow);
        }
    });
}

void LogView::setModel(LogModel* model) {
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    m_widestSeen = 0;
    m_current = m_anchor = m_selFirst = m_selLast = -1;
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &LogView::onRowsInserted);
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            m_current = m_anchor = m_selFirst = m_selLast = -1;
            m_widestSeen = 0;
            onRowsInserted();
        });
        connect(model, &QAbstractItemModel::dataChanged, viewport(), qOverload<>(&QWidget::update));
    }
    onRowsInserted();
}

int LogView::visibleRowCount() const {
    return qMax(1, viewport()->height() / m_lineHeight);
}

int LogView::firstVisibleRow() const {
    return verticalScrollBar()->value();
}

void LogView::updateScrollBars() {
    m_adjusting = true;
    const int rows = m_model ? m_model->rowCount() : 0;
    verticalScrollBar()->setRange(0, qMax(0, rows - visibleRowCount()));
    verticalScrollBar()->setPageStep(visibleRowCount());
    horizontalScrollBar()->setRange(0,
                                    qMax(0, qCeil((m_widestSeen + 2) * m_charWidth) - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(qCeil(m_charWidth * 4));
    if (m_follow)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    m_adjusting = false;
}

void LogView::onRowsInserted() {
    updateScrollBars();
    viewport()->update();
}

void LogView::setFollowing(bool follow) {
    if (m_follow == follow)
        return;
    m_follow = follow;
    if (follow)
        scrollToBottom();
    emit followingChanged(follow);
}

void LogView::scrollToTop() {
    verticalScrollBar()->setValue(0);
}

void LogView::scrollToBottom() {
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void LogView::scrollToRow(int row) {
    const int first = firstVisibleRow();
    if (row < first || row >= first + visibleRowCount())
        verticalScrollBar()->setValue(row - visibleRowCount() / 2);
}

bool LogView::visibleRowsLoaded() const {
    if (!m_model)
        return true;
    const int first = firstVisibleRow();
    const int last = qMin(m_model->rowCount(), first + visibleRowCount()) - 1;
    for (int row = first; row <= last; ++row)
        if (!m_model->line(row))
            return false;
    return true;
}

void LogView::setHighlight(const QString& text, bool caseSensitive) {
    m_highlight = text;
    m_highlightCase = caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    viewport()->update();
}

void LogView::setCurrentRow(int row) {
    m_current = row;
    if (row >= 0) {
        setFollowing(false);
        scrollToRow(row);
    }
    viewport()->update();
}

void LogView::selectRows(int first, int last) {
    m_selFirst = qMin(first, last);
    m_selLast = qMax(first, last);
    viewport()->update();
}

std::pair<int, int> LogView::selection() const {
    return {m_selFirst, m_selLast};
}

void LogView::copySelection() {
    if (!m_model || m_selFirst < 0)
        return;
    m_model->copyText(m_selFirst, m_selLast, this, [this](const QString& text) {
        QApplication::clipboard()->setText(text);
        emit copied(text);
    });
}

int LogView::rowAt(int y) const {
    return firstVisibleRow() + y / m_lineHeight;
}

void LogView::paintEvent(QPaintEvent*) {
    ++m_paints;
    QPainter p(viewport());
    const QPalette& pal = palette();
    p.fillRect(viewport()->rect(), pal.base());
    if (!m_model || m_model->rowCount() == 0) {
        if (!m_placeholder.isEmpty()) {
            p.setPen(pal.color(QPalette::PlaceholderText));
            p.drawText(viewport()->rect().adjusted(12, 12, -12, -12),
                       Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_placeholder);
        }
        return;
    }
    const int rows = m_model->rowCount();
    const int first = firstVisibleRow();
    const int last = qMin(rows - 1, first + visibleRowCount());
    m_model->prefetch(first, last);
    const QFontMetrics fm(font());
    const int ascent = fm.ascent();
    const int dx = horizontalScrollBar()->value();
    const int skipChars = int(dx / m_charWidth);
    const qreal shiftPx = dx - skipChars * m_charWidth;
    const bool merged = m_model->isMerged();
    const int prefixChars = merged ? 5 : 0; // "[12] "
    int widest = m_widestSeen;

    for (int row = first; row <= last; ++row) {
        const int y = (row - first) * m_lineHeight;
        const QRect rowRect(0, y, viewport()->width(), m_lineHeight);
        if (row >= m_selFirst && row <= m_selLast && m_selFirst >= 0)
            p.fillRect(rowRect, pal.highlight());
        else if (row == m_current)
            p.fillRect(rowRect, searchHitColor(false));
        const logs::LogLineText* line = m_model->line(row);
        if (!line) {
            p.setPen(pal.color(QPalette::PlaceholderText));
            p.drawText(QPointF(4 - shiftPx, y + ascent), QStringLiteral("…"));
            continue;
        }
        const QString& text = line->text;
        widest = qMax(widest, int(text.size()) + prefixChars);
        const qreal x0 = 4 - shiftPx; // where column skipChars is drawn
        const auto columnX = [&](int column) { return x0 + (column - skipChars) * m_charWidth; };
        const QColor defaultPen = (row >= m_selFirst && row <= m_selLast && m_selFirst >= 0)
                                      ? pal.color(QPalette::HighlightedText)
                                      : pal.color(QPalette::Text);
        if (merged) {
            p.setPen(mutedTextColor());
            p.drawText(QPointF(columnX(0), y + ascent), QStringLiteral("[%1]").arg(m_model->label(row)));
        }
        const int visFrom = qMax(0, skipChars - prefixChars);
        const int visTo = qMin(int(text.size()), visFrom + kPaintChars);
        // Search hits under the text.
        if (!m_highlight.isEmpty()) {
            for (qsizetype at = text.indexOf(m_highlight, visFrom, m_highlightCase); at >= 0 && at < visTo;
                 at = text.indexOf(m_highlight, at + 1, m_highlightCase))
                p.fillRect(
                    QRectF(columnX(prefixChars + int(at)), y, m_highlight.size() * m_charWidth, m_lineHeight),
                    searchHitColor(true));
        }
        // Text, span by span (one span when the line has no colours).
        const auto drawRun = [&](int from, int to, const QColor& pen, const QColor& background, bool bold) {
            from = qMax(from, visFrom);
            to = qMin(to, visTo);
            if (from >= to)
                return;
            const qreal x = columnX(prefixChars + from);
            if (background.isValid())
                p.fillRect(QRectF(x, y, (to - from) * m_charWidth, m_lineHeight), background);
            if (bold) {
                QFont f = font();
                f.setBold(true);
                p.setFont(f);
            }
            p.setPen(pen);
            p.drawText(QPointF(x, y + ascent), text.mid(from, to - from));
            if (bold)
                p.setFont(font());
        };
        if (line->spans.isEmpty()) {
            drawRun(0, int(text.size()), defaultPen, QColor(), false);
        } else {
            int at = 0;
            for (const logs::LogSpan& s : line->spans) {
                drawRun(at, s.start, defaultPen, QColor(), false);
                drawRun(s.start, s.start + s.length, s.foreground ? colourOf(s.foreground) : defaultPen,
                        s.background ? colourOf(s.background) : QColor(), s.bold);
                at = s.start + s.length;
            }
            drawRun(at, int(text.size()), defaultPen, QColor(), false);
        }
        if (line->clipped) {
            p.setPen(pal.color(QPalette::PlaceholderText));
            p.drawText(QPointF(columnX(prefixChars + int(text.size())) + m_charWidth, y + ascent),
                       tr("[line clipped]"));
        }
    }
    if (widest != m_widestSeen) {
        m_widestSeen = widest;
        updateScrollBars();
    }
}

void LogView::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void LogView::scrollContentsBy(int, int) {
    viewport()->update();
}

void LogView::keyPressEvent(QKeyEvent* event) {
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        if (m_model)
            selectRows(0, m_model->rowCount() - 1);
        return;
    }
    if (event->matches(QKeySequence::MoveToStartOfDocument)) {
        scrollToTop();
        return;
    }
    if (event->matches(QKeySequence::MoveToEndOfDocument)) {
        setFollowing(true);
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void LogView::mousePressEvent(QMouseEvent* event) {
    if (!m_model || event->button() != Qt::LeftButton)
        return;
    const int row = qMin(rowAt(int(event->position().y())), m_model->rowCount() - 1);
    if (row < 0)
        return;
    if (event->modifiers() & Qt::ShiftModifier && m_anchor >= 0)
        selectRows(m_anchor, row);
    else {
        m_anchor = row;
        selectRows(row, row);
    }
}

void LogView::mouseMoveEvent(QMouseEvent* event) {
    if (!m_model || !(event->buttons() & Qt::LeftButton) || m_anchor < 0)
        return;
    const int row = qBound(0, rowAt(int(event->position().y())), m_model->rowCount() - 1);
    selectRows(m_anchor, row);
}

} // namespace trainyard::ui
