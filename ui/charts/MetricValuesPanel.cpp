#include "ui/charts/MetricValuesPanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace trainyard::ui {

namespace {
enum Column { Name, Kind, Last, Points, Range, ColumnCount };

QTableWidget* readOnlyTable() {
    auto* table = new QTableWidget;
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}
} // namespace

MetricValuesPanel::MetricValuesPanel(QWidget* parent)
    : QWidget(parent)
    , m_values(readOnlyTable())
    , m_tableTitle(new QLabel)
    , m_table(readOnlyTable()) {
    m_values->setObjectName(QStringLiteral("metricValues"));
    m_values->setColumnCount(ColumnCount);
    m_values->setHorizontalHeaderLabels(
        {tr("Metric"), tr("Kind"), tr("Last value"), tr("Points"), tr("Range")});
    m_values->horizontalHeader()->setSectionResizeMode(Last, QHeaderView::Stretch);
    m_values->horizontalHeader()->setStretchLastSection(false);
    m_values->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_values->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setObjectName(QStringLiteral("metricTable"));
    m_tableTitle->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Values")));
    layout->addWidget(m_values, 2);
    layout->addWidget(m_tableTitle);
    layout->addWidget(m_table, 1);
    m_tableTitle->hide();
    m_table->hide();
    connect(m_values, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_values->selectionModel()->selectedRows();
        showTable(rows.isEmpty() ? QString() : m_values->item(rows.first().row(), Name)->text());
    });
}

void MetricValuesPanel::clear() {
    m_summary = {};
    m_selected.clear();
    m_values->setRowCount(0);
    showTable({});
}

void MetricValuesPanel::addPoints(const QList<MetricPoint>& points) {
    m_summary.add(points);
}

static QString kindText(const QString& kind) {
    if (kind == QLatin1String("number"))
        return MetricValuesPanel::tr("number");
    if (kind == QLatin1String("text"))
        return MetricValuesPanel::tr("text");
    if (kind == QLatin1String("list"))
        return MetricValuesPanel::tr("list");
    if (kind == QLatin1String("row") || kind == QLatin1String("table"))
        return MetricValuesPanel::tr("table");
    if (kind == QLatin1String("image"))
        return MetricValuesPanel::tr("image");
    return kind;
}

void MetricValuesPanel::refresh() {
    const QList<MetricSummaryRow> rows = m_summary.rows();
    const QSignalBlocker blocker(m_values); // keep the selection while rows are rewritten
    m_values->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const MetricSummaryRow& row = rows[r];
        const QString range = row.min && row.max
                                  ? QStringLiteral("%1 … %2").arg(QLocale().toString(*row.min, 'g', 6),
                                                                  QLocale().toString(*row.max, 'g', 6))
                                  : QString();
        const QString last = row.kind == QLatin1String("number") && row.max
                                 ? QLocale().toString(row.last.toDouble(), 'g', 8)
                                 : row.last;
        const QStringList cells{row.name, kindText(row.kind), last, QLocale().toString(row.count), range};
        for (int c = 0; c < ColumnCount; ++c) {
            QTableWidgetItem* item = m_values->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_values->setItem(r, c, item);
            }
            item->setText(cells[c]);
            item->setToolTip(c == Last ? row.last : QString());
        }
        if (row.name == m_selected)
            m_values->selectRow(r);
    }
    m_values->resizeColumnToContents(Name);
    if (!m_selected.isEmpty())
        showTable(m_selected);
}

void MetricValuesPanel::selectMetric(const QString& name) {
    for (int r = 0; r < m_values->rowCount(); ++r)
        if (m_values->item(r, Name)->text() == name)
            m_values->selectRow(r);
    showTable(name);
}

void MetricValuesPanel::showTable(const QString& name) {
    m_selected = name;
    const QList<MetricTable> tables = m_summary.tables();
    const auto it =
        std::find_if(tables.begin(), tables.end(), [&](const MetricTable& t) { return t.name == name; });
    if (it == tables.end()) {
        m_tableTitle->hide();
        m_table->hide();
        return;
    }
    m_tableTitle->setText(tr("%1 (%n row(s))", nullptr, int(it->rows.size())).arg(name));
    m_table->setColumnCount(int(it->columns.size()));
    m_table->setHorizontalHeaderLabels(it->columns);
    m_table->setRowCount(int(it->rows.size()));
    for (int r = 0; r < it->rows.size(); ++r)
        for (int c = 0; c < it->columns.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(it->rows[r].value(c)));
    m_tableTitle->show();
    m_table->show();
}

QString MetricValuesPanel::lastValue(const QString& name) const {
    for (int r = 0; r < m_values->rowCount(); ++r)
        if (m_values->item(r, Name)->text() == name)
            return m_values->item(r, Last)->text();
    return {};
}

QList<QStringList> MetricValuesPanel::shownTable() const {
    QList<QStringList> rows;
    if (m_table->isHidden())
        return rows;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < m_table->columnCount(); ++c)
            row << (m_table->item(r, c) ? m_table->item(r, c)->text() : QString());
        rows << row;
    }
    return rows;
}

} // namespace trainyard::ui
