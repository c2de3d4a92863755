#include "ui/charts/ChartLineLayer.h"

#include <QPainter>

#include <cmath>

namespace trainyard::ui {

ChartLineLayer::ChartLineLayer(QGraphicsItem* parent)
    : QGraphicsItem(parent) {
    setFlag(ItemClipsToShape, false);
}

void ChartLineLayer::setPlotArea(const QRectF& plot) {
    if (plot == m_plot)
        return;
    prepareGeometryChange();
    m_plot = plot;
}

void ChartLineLayer::setRanges(double x0, double x1, double y0, double y1, bool logY) {
    m_x0 = x0;
    m_x1 = x1;
    m_y0 = y0;
    m_y1 = y1;
    m_logY = logY;
    update();
}

void ChartLineLayer::setLines(QList<Line> lines) {
    m_lines = std::move(lines);
    update();
}

void ChartLineLayer::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    if (m_plot.isEmpty() || !(m_x1 > m_x0) || !(m_y1 > m_y0))
        return;
    const double sx = m_plot.width() / (m_x1 - m_x0);
    const bool log = m_logY && m_y0 > 0;
    const double ly0 = log ? std::log(m_y0) : m_y0;
    const double sy = m_plot.height() / ((log ? std::log(m_y1) : m_y1) - ly0);
    painter->save();
    painter->setClipRect(m_plot);
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (const Line& line : std::as_const(m_lines)) {
        m_mapped.resize(line.points.size());
        for (qsizetype i = 0; i < line.points.size(); ++i) {
            const QPointF& p = line.points[i];
            const double y = log ? std::log(p.y()) : p.y();
            m_mapped[i] = QPointF(m_plot.left() + (p.x() - m_x0) * sx, m_plot.bottom() - (y - ly0) * sy);
        }
        painter->setPen(line.pen);
        painter->drawPolyline(m_mapped);
    }
    painter->restore();
}

} // namespace trainyard::ui
