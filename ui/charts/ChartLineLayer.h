#pragma once

#include <QGraphicsItem>
#include <QList>
#include <QPen>
#include <QPolygonF>

namespace trainyard::ui {

// Draws a chart's lines in its plot area with QPainter::drawPolyline. QLineSeries builds a
// stroked outline of every line on each update (QPainterPathStroker, for hit testing the chart
// does not need here), which made 100 overlaid runs cost seconds a redraw; the points M4 leaves
// are drawn as they are, so this is the whole cost of a line. Qt Charts still draws the axes.
class ChartLineLayer : public QGraphicsItem {
public:
    struct Line {
        QPolygonF points; // in axis units
        QPen pen;
    };

    explicit ChartLineLayer(QGraphicsItem* parent = nullptr);

    void setPlotArea(const QRectF& plot);
    // The axes' ranges: x0..x1 and y0..y1 (y logarithmic with `logY`, then y0 > 0).
    void setRanges(double x0, double x1, double y0, double y1, bool logY);
    void setLines(QList<Line> lines);

    QRectF boundingRect() const override { return m_plot; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QRectF m_plot;
    double m_x0 = 0, m_x1 = 1, m_y0 = 0, m_y1 = 1;
    bool m_logY = false;
    QList<Line> m_lines;
    QPolygonF m_mapped; // reused between paints
};

} // namespace trainyard::ui
