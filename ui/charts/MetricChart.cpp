#include "ui/charts/MetricChart.h"

#include "core/metrics/M4Aggregator.h"
#include "ui/charts/ChartLineLayer.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QLogValueAxis>
#include <QtCharts/QValueAxis>

#include <cmath>
#include <limits>

namespace {

// A round step (1, 2 or 5 times a power of ten) that cuts `span` into about `ticks` parts; 0 for
// an empty or non-finite span.
double niceStep(double span, int ticks) {
    if (!(span > 0) || !std::isfinite(span))
        return 0;
    const double raw = span / (ticks - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double f = raw / magnitude;
    return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * magnitude;
}

// Ticks at multiples of `step`; each setter is a no-op (no relayout) when nothing changes.
void setDynamicTicks(QValueAxis* axis, double step) {
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
}

} // namespace

namespace trainyard::ui {

using metrics::M4Aggregator;
using metrics::XAxisMode;

MetricChart::MetricChart(const QString& metric, QWidget* parent)
    : QWidget(parent)
    , m_metric(metric)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart))
    , m_legend(new QLabel)
    , m_readout(new QLabel)
    , m_resetZoom(new QToolButton) {
    // The lines are drawn by a layer of ours over the plot area (ChartLineLayer: QLineSeries'
    // outline stroking made 100 runs cost seconds); the QLineSeries stay empty and only name
    // the lines and hold the axes.
    m_layer = new ChartLineLayer(m_chart);
    m_layer->setZValue(10);
    connect(m_chart, &QChart::plotAreaChanged, this,
            [this](const QRectF& plot) { m_layer->setPlotArea(plot); });
    m_chart->setTitle(metric);
    m_chart->legend()->hide();
    m_chart->setAnimationOptions(QChart::NoAnimation);
    // Axis labels in the user's locale ("0,5" in German), like every other number on screen. Qt
    // Charts localises only formats with a precision ("%.6g"; a bare "%g" gives empty labels).
    m_chart->setLocalizeNumbers(true);
    m_chart->setLocale(QLocale());
    m_view->setRenderHint(QPainter::Antialiasing, false);
    m_view->setMinimumSize(360, 240);
    m_view->viewport()->installEventFilter(this);
    m_view->viewport()->setMouseTracking(true); // hover readout without a button held
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    // The legend takes the height its text needs: the chart shrinks, the legend is never cut.
    m_legend->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_readout->setObjectName(QStringLiteral("hoverReadout"));
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resetZoom->setText(tr("Reset zoom"));
    m_resetZoom->setToolTip(tr("Show the whole x range again (or double-click the chart)"));
    m_resetZoom->setEnabled(false);
    auto* exportButton = new QToolButton;
    exportButton->setText(tr("CSV…"));
    exportButton->setToolTip(tr("Export every point of this metric as CSV"));
    auto* header = new QHBoxLayout;
    header->addWidget(m_readout, 1);
    header->addWidget(m_resetZoom);
    header->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);
    connect(m_resetZoom, &QToolButton::clicked, this, &MetricChart::resetZoom);
    connect(exportButton, &QToolButton::clicked, this, [this] { emit exportRequested(m_metric); });
    rebuildAxes();
}

MetricChart::~MetricChart() = default;

void MetricChart::addSeries(const QString& run, const metrics::MetricSeries* series, const QColor& colour) {
    Line line{run, series, colour, new QLineSeries, new QLineSeries, {}, {}, {}, {}};
    line.raw->setName(run + tr(" (raw)"));
    line.smooth->setName(run + tr(" (smoothed)"));
    for (QLineSeries* s : {line.raw, line.smooth}) {
        m_chart->addSeries(s);
        s->attachAxis(m_xAxis);
        s->attachAxis(m_yAxis);
    }
    m_lines << line;
    setSmoothing(m_smoothing); // pens
}

void MetricChart::rebuildAxes() {
    for (QAbstractAxis* axis : {m_xAxis, m_yAxis})
        if (axis) {
            m_chart->removeAxis(axis);
            delete axis;
        }
    if (m_xMode == XAxisMode::WallTime) {
        auto* x = new QDateTimeAxis;
        x->setFormat(QStringLiteral("HH:mm:ss"));
        m_xAxis = x;
    } else {
        auto* x = new QValueAxis;
        x->setLabelFormat(QStringLiteral("%.6g"));
        x->setTitleText(m_xMode == XAxisMode::Step ? tr("step") : tr("seconds since start"));
        m_xAxis = x;
    }
    if (m_logY) {
        auto* y = new QLogValueAxis;
        y->setLabelFormat(QStringLiteral("%.6g"));
        m_yAxis = y;
    } else {
        auto* y = new QValueAxis;
        y->setLabelFormat(QStringLiteral("%.6g"));
        m_yAxis = y;
    }
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    for (const Line& line : std::as_const(m_lines))
        for (QLineSeries* s : {line.raw, line.smooth}) {
            s->attachAxis(m_xAxis);
            s->attachAxis(m_yAxis);
        }
}

void MetricChart::setXAxisMode(XAxisMode mode) {
    if (mode == m_xMode)
        return;
    m_xMode = mode;
    m_autoX = true;
    rebuildAxes();
    refresh();
}

void MetricChart::setLogY(bool on) {
    if (on == m_logY)
        return;
    m_logY = on;
    rebuildAxes();
    refresh();
}

void MetricChart::setSmoothing(double weight) {
    m_smoothing = qBound(0.0, weight, 0.999);
    for (Line& line : m_lines) {
        QColor faint = line.colour;
        if (m_smoothing > 0)
            faint.setAlpha(70);
        line.rawPen = QPen(faint, 1);
        line.rawPen.setCosmetic(true);
        line.smoothPen = QPen(line.colour, 2);
        line.raw->setPen(line.rawPen);
        line.smooth->setPen(line.smoothPen);
        line.smooth->setVisible(m_smoothing > 0);
    }
    refresh();
}

void MetricChart::dataRange(double& x0, double& x1) const {
    x0 = std::numeric_limits<double>::infinity();
    x1 = -x0;
    for (const Line& line : m_lines) {
        const qint64 n = line.series->size();
        if (n == 0)
            continue;
        const metrics::XValues xs = line.series->xs(m_xMode);
        x0 = std::min(x0, xs[0]);
        x1 = std::max(x1, xs[n - 1]);
    }
    if (!std::isfinite(x0)) {
        x0 = 0;
        x1 = 1;
    }
    if (x1 <= x0)
        x1 = x0 + 1;
}

std::pair<double, double> MetricChart::dataXRange() const {
    double x0, x1;
    dataRange(x0, x1);
    return {x0, x1};
}

void MetricChart::setXRange(double x0, double x1) {
    if (!(x1 > x0) || !std::isfinite(x0) || !std::isfinite(x1))
        return;
    // Never beyond the data: a zoom out stops at all of it, a pan stops at either end.
    double d0, d1;
    dataRange(d0, d1);
    const double width = std::min(x1 - x0, d1 - d0);
    if (width >= d1 - d0) {
        resetZoom();
        return;
    }
    x0 = std::clamp(x0, d0, d1 - width);
    m_autoX = false;
    m_x0 = x0;
    m_x1 = x0 + width;
    refresh();
}

void MetricChart::resetZoom() {
    m_autoX = true;
    refresh();
}

void MetricChart::zoom(double factor, double centreX) {
    // Not narrower than a millionth of the data (below that the axis labels stop changing).
    double d0, d1;
    dataRange(d0, d1);
    const double minWidth = (d1 - d0) * 1e-6;
    double x0 = centreX - (centreX - m_x0) * factor;
    double x1 = centreX + (m_x1 - centreX) * factor;
    if (x1 - x0 < minWidth) {
        x0 = centreX - minWidth / 2;
        x1 = centreX + minWidth / 2;
    }
    setXRange(x0, x1);
}

void MetricChart::pan(double fraction) {
    const double d = (m_x1 - m_x0) * fraction;
    setXRange(m_x0 + d, m_x1 + d);
}

int MetricChart::columns() const {
    const int w = int(m_chart->plotArea().width());
    return w > 10 ? w : qMax(100, m_view->width() - 80);
}

void MetricChart::refresh() {
    if (m_autoX)
        dataRange(m_x0, m_x1);
    const int cols = columns();
    const double scale = m_xMode == XAxisMode::WallTime ? 1000.0 : 1.0; // QDateTimeAxis wants ms
    double yMin = std::numeric_limits<double>::infinity(), yMax = -yMin;
    m_drawn = 0;
    for (Line& line : m_lines) {
        const metrics::XValues xs = line.series->xs(m_xMode);
        const qint64 n = line.series->size();
        const auto draw = [&](QPolygonF& target, double weight) {
            const std::vector<double>& ys = line.series->smoothed(weight);
            QList<QPointF> points =
                M4Aggregator::aggregate(xs, ys.data(), n, m_x0, m_x1, cols, m_logY,
                                        m_useExtremes ? &line.series->extremes(weight) : nullptr);
            for (QPointF& p : points) {
                if (p.x() >= m_x0 && p.x() <= m_x1) { // the edge points outside do not set the scale
                    yMin = std::min(yMin, p.y());
                    yMax = std::max(yMax, p.y());
                }
                if (scale != 1.0)
                    p.setX(p.x() * scale);
            }
            m_drawn += int(points.size());
            target = std::move(points);
        };
        draw(line.rawPoints, 0);
        if (m_smoothing > 0)
            draw(line.smoothPoints, m_smoothing);
        else
            line.smoothPoints.clear();
    }
    if (!std::isfinite(yMin)) {
        yMin = m_logY ? 0.1 : 0;
        yMax = m_logY ? 10 : 1;
    }
    if (m_logY) {
        m_yLo = yMin / 1.2;
        m_yHi = yMax * 1.2;
        m_yAxis->setRange(m_yLo, m_yHi);
    } else {
        const double pad = yMax > yMin ? (yMax - yMin) * 0.05 : qMax(1e-9, std::abs(yMax) * 0.05 + 0.5);
        // Round ticks (0.2, 0.4, …) instead of the data's own extremes (0.0655903, …): the range is
        // widened to whole steps and set once (QValueAxis::applyNiceNumbers() would lay the chart
        // out a second time, a third of the redraw).
        double lo = yMin - pad, hi = yMax + pad;
        if (auto* axis = qobject_cast<QValueAxis*>(m_yAxis)) {
            const double step = niceStep(hi - lo, 5);
            if (step > 0) {
                lo = std::floor(lo / step) * step;
                hi = std::ceil(hi / step) * step;
                setDynamicTicks(axis, step);
            }
        }
        m_yLo = lo;
        m_yHi = hi;
        m_yAxis->setRange(lo, hi);
    }
    if (m_xMode == XAxisMode::WallTime)
        m_xAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(m_x0 * 1000)),
                          QDateTime::fromMSecsSinceEpoch(qint64(m_x1 * 1000)));
    else
        m_xAxis->setRange(m_x0, m_x1);
    if (auto* axis = qobject_cast<QValueAxis*>(m_xAxis)) {
        // Ticks at round steps (0, 25, 50, …) that keep the exact range a zoom asked for.
        const double step = niceStep(m_x1 - m_x0, 6);
        if (step > 0)
            setDynamicTicks(axis, m_xMode == XAxisMode::Step ? std::max(step, 1.0) : step);
    }
    QList<ChartLineLayer::Line> lines;
    for (const Line& line : std::as_const(m_lines)) {
        lines.append({line.rawPoints, line.rawPen});
        if (m_smoothing > 0)
            lines.append({line.smoothPoints, line.smoothPen});
    }
    m_layer->setPlotArea(m_chart->plotArea());
    m_layer->setRanges(m_x0 * scale, m_x1 * scale, m_yLo, m_yHi, m_logY);
    m_layer->setLines(std::move(lines));
    m_resetZoom->setEnabled(!m_autoX);
    updateLegend();
}

QList<QPointF> MetricChart::drawnRaw(int i) const {
    return i >= 0 && i < m_lines.size() ? QList<QPointF>(m_lines[i].rawPoints) : QList<QPointF>();
}

QString MetricChart::legendText() const {
    return m_legend->text();
}

void MetricChart::updateLegend() {
    QStringList rows;
    const auto num = [](double v) {
        return std::isnan(v) ? QStringLiteral("–") : QLocale().toString(v, 'g', 6);
    };
    for (const Line& line : std::as_const(m_lines)) {
        QString row = tr("<span style='color:%1'>■</span> %2 — last %3 · min %4 · max %5 · %6 points")
                          .arg(line.colour.name(), line.run.toHtmlEscaped(), num(line.series->last()),
                               num(line.series->min()), num(line.series->max()))
                          .arg(line.series->size());
        if (line.series->nonFiniteCount() > 0)
            row += tr(" · %1 NaN/inf not drawn").arg(line.series->nonFiniteCount());
        rows << row;
    }
    if (m_smoothing > 0 && !m_lines.isEmpty())
        rows << tr("<i>Solid lines: smoothed (EMA, weight %1); faint lines: raw values.</i>")
                    .arg(QLocale().toString(m_smoothing, 'g', 2));
    // Laying out rich text is the dearest part of a redraw with many runs: only when it changed.
    const QString text = rows.join(QStringLiteral("<br>"));
    if (text != m_legend->text())
        m_legend->setText(text);
}

double MetricChart::yPixel(double value) const {
    const QRectF plot = m_chart->plotArea();
    double f;
    if (m_logY)
        f = value > 0 && m_yLo > 0 ? std::log(value / m_yLo) / std::log(m_yHi / m_yLo) : -1;
    else
        f = m_yHi > m_yLo ? (value - m_yLo) / (m_yHi - m_yLo) : 0.5;
    return plot.bottom() - f * plot.height();
}

MetricChart::Hover MetricChart::hoverAt(const QPointF& pos) const {
    Hover best;
    const QRectF plot = m_chart->plotArea();
    if (plot.width() <= 0 || !plot.adjusted(-4, -4, 4, 4).contains(pos))
        return best;
    const double x = m_x0 + (pos.x() - plot.left()) / plot.width() * (m_x1 - m_x0);
    const double pxPerX = plot.width() / (m_x1 - m_x0);
    double bestDistance = std::numeric_limits<double>::infinity();
    for (int i = 0; i < m_lines.size(); ++i) {
        const metrics::MetricSeries* series = m_lines[i].series;
        const qint64 at = series->nearest(m_xMode, x);
        if (at < 0)
            continue;
        // The nearest in x may be NaN or off the log axis: look a few points either side.
        const metrics::XValues xs = series->xs(m_xMode);
        for (qint64 k = std::max<qint64>(0, at - 2); k <= std::min(series->size() - 1, at + 2); ++k) {
            const double v = series->values()[size_t(k)];
            if (!std::isfinite(v) || (m_logY && v <= 0))
                continue;
            const double dx = (xs[k] - x) * pxPerX, dy = yPixel(v) - pos.y();
            const double d = dx * dx + dy * dy;
            if (d < bestDistance) {
                bestDistance = d;
                best = {i, k};
            }
        }
    }
    return best;
}

void MetricChart::showHover(const QPointF& pos) {
    const Hover h = hoverAt(pos);
    if (h.line < 0) {
        m_readout->clear();
        return;
    }
    const Line& line = m_lines[h.line];
    const metrics::MetricSeries* s = line.series;
    m_readout->setText(
        tr("%1 — step %2 · %3 · %4")
            .arg(line.run)
            .arg(qint64(s->step(h.index)))
            .arg(QDateTime::fromMSecsSinceEpoch(qint64(std::llround(s->time(h.index) * 1000)))
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
                 QLocale().toString(s->values()[size_t(h.index)], 'g', QLocale::FloatingPointShortest)));
    m_readout->setStyleSheet(QStringLiteral("color:%1").arg(line.colour.darker(130).name()));
}

QString MetricChart::hoverText() const {
    return m_readout->text();
}

bool MetricChart::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_view->viewport())
        return false;
    switch (event->type()) {
    case QEvent::Wheel: {
        auto* wheel = static_cast<QWheelEvent*>(event);
        const QRectF plot = m_chart->plotArea();
        const double fx = plot.width() > 0 ? (wheel->position().x() - plot.left()) / plot.width() : 0.5;
        const double centre = m_x0 + qBound(0.0, fx, 1.0) * (m_x1 - m_x0);
        zoom(wheel->angleDelta().y() > 0 ? 0.8 : 1.25, centre);
        return true;
    }
    case QEvent::MouseButtonPress: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton) {
            m_dragging = true;
            m_dragFrom = mouse->position();
            return true;
        }
        return false;
    }
    case QEvent::MouseMove: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (!m_dragging) {
            showHover(mouse->position());
            return false;
        }
        if (m_chart->plotArea().width() <= 0)
            return false;
        const double dx = mouse->position().x() - m_dragFrom.x();
        m_dragFrom = mouse->position();
        pan(-dx / m_chart->plotArea().width());
        return true;
    }
    case QEvent::MouseButtonRelease:
        m_dragging = false;
        return false;
    case QEvent::Leave:
        m_readout->clear();
        return false;
    case QEvent::MouseButtonDblClick:
        resetZoom();
        return true;
    case QEvent::Resize:
        // The column count changes with the width: aggregate again once the layout settled.
        QMetaObject::invokeMethod(this, &MetricChart::refresh, Qt::QueuedConnection);
        return false;
    default:
        return false;
    }
}

} // namespace trainyard::ui
