// Run list figure (issue 5): a text filter over 10,000 runs, through QSortFilterProxyModel as a
// runs table would use it, with the table shown.
#include "Bench.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

namespace {

// A runs table like the desktop's: id, experiment, status, compute, created, display name.
class BenchRunsModel : public QAbstractTableModel {
public:
    explicit BenchRunsModel(int rows) {
        const char* states[] = {"Queued", "Running", "Completed", "Failed", "Canceled"};
        for (int i = 0; i < rows; ++i)
            m_rows.append(
                {QStringLiteral("exp-%1_%2_%3")
                     .arg(i % 97)
                     .arg(1700000000 + i)
                     .arg(i, 8, 16, QLatin1Char('0')),
                 QStringLiteral("exp-%1").arg(i % 97), QString::fromLatin1(states[i % 5]),
                 QStringLiteral("gpu-cluster-%1").arg(i % 7),
                 QStringLiteral("2026-11-%1 10:%2").arg(1 + i % 28).arg(i % 60, 2, 10, QLatin1Char('0')),
                 QStringLiteral("sweep lr=%1 bs=%2").arg(0.001 * (1 + i % 10)).arg(32 << (i % 4))});
    }
    int rowCount(const QModelIndex& p = {}) const override { return p.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex& p = {}) const override { return p.isValid() ? 0 : 6; }
    QVariant data(const QModelIndex& index, int role) const override {
        return role == Qt::DisplayRole ? QVariant(m_rows[index.row()][index.column()]) : QVariant();
    }

private:
    QList<QStringList> m_rows;
};

QList<bench::Result> filterBenchmarks(const bench::Context& context) {
    BenchRunsModel model(10000);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterKeyColumn(-1); // any column
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    QTableView view;
    view.setModel(&proxy);
    view.resize(900, 600);
    view.show();
    (void)QTest::qWaitForWindowExposed(&view);
    const QStringList filters = {QStringLiteral("exp-4"),    QStringLiteral("running"),
                                 QStringLiteral("lr=0.005"), QStringLiteral("cluster-3"),
                                 QStringLiteral("zzz"),      QString()};
    QList<double> samples;
    for (int round = 0; round < (context.quick ? 3 : 10); ++round)
        for (const QString& f : filters) {
            QElapsedTimer t;
            t.start();
            proxy.setFilterFixedString(f);
            view.viewport()->repaint();
            samples << double(t.nsecsElapsed()) / 1e6;
        }
    return {
        bench::Result{QStringLiteral("run_list_filter_10k_ms"),
                      bench::median(samples),
                      QStringLiteral("ms"),
                      {},
                      false,
                      QStringLiteral("median of %1; QSortFilterProxyModel fixed-string filter over all 6 "
                                     "columns of 10,000 runs + repaint of the shown table (a bench model: "
                                     "the desktop's runs model is not in this branch); goal < 50 ms")
                          .arg(samples.size())}};
}

bench::BenchRegistration registration{QStringLiteral("runs"), filterBenchmarks};

} // namespace
