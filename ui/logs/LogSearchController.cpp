#include "ui/logs/LogSearchController.h"

#include "core/logs/LogDocument.h"
#include "ui/logs/LogModel.h"

#include "ui/WhenReady.h"

#include <algorithm>

namespace trainyard::ui {

using logs::LogDocument;
using logs::LogSearchResult;

LogSearchController::LogSearchController(QObject* parent)
    : QObject(parent) {}

void LogSearchController::setModel(LogModel* model) {
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &LogSearchController::restart);
        connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
            if (m_text.isEmpty() || !m_model)
                return;
            const auto& documents = m_model->documents();
            for (int i = 0; i < documents.size() && i < m_searchedTo.size(); ++i) {
                if (documents[i]->lineCount() <= m_searchedTo[i])
                    continue;
                if (m_busy[i])
                    m_again[i] = true;
                else
                    searchDocument(i, m_searchedTo[i]);
            }
        });
    }
    restart();
}

void LogSearchController::clear() {
    find(QString(), m_caseSensitive);
}

void LogSearchController::restart() {
    find(m_text, m_caseSensitive);
}

void LogSearchController::find(const QString& text, bool caseSensitive) {
    if (m_cancel)
        m_cancel->store(true);
    ++m_generation;
    m_text = text;
    m_caseSensitive = caseSensitive;
    m_running = 0;
    const int documents = m_model ? int(m_model->documents().size()) : 0;
    m_hits = QList<QList<qint64>>(documents);
    m_searchedTo = QList<qint64>(documents, 0);
    m_busy = QList<bool>(documents, false);
    m_again = QList<bool>(documents, false);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    if (text.isEmpty() || documents == 0) {
        emit finished(0);
        return;
    }
    for (int i = 0; i < documents; ++i)
        searchDocument(i, 0);
}

void LogSearchController::searchDocument(int document, qint64 fromLine) {
    LogDocument* d = m_model->documents()[document];
    // A partial last line is searched again once it is complete: stop below it.
    const qint64 upTo = d->index().completeLineCount();
    m_busy[document] = true;
    m_again[document] = false;
    ++m_running;
    const quint64 generation = m_generation;
    whenReady(this, d->search(m_text, m_caseSensitive, fromLine, m_cancel),
              [this, generation, document, fromLine, upTo](const LogSearchResult& result) {
                  if (generation != m_generation)
                      return;
                  --m_running;
                  m_busy[document] = false;
                  if (!result.error.isEmpty())
                      emit failed(result.error);
                  QList<qint64>& hits = m_hits[document];
                  // Hits from `fromLine` on are replaced (the partial line searched before may have changed).
                  hits.erase(std::lower_bound(hits.begin(), hits.end(), fromLine), hits.end());
                  hits += result.lines;
                  m_searchedTo[document] = qMax(fromLine, upTo);
                  if (m_again[document] ||
                      (m_model && m_model->documents()[document]->lineCount() > m_searchedTo[document] &&
                       m_model->documents()[document]->index().completeLineCount() > upTo))
                      searchDocument(document, m_searchedTo[document]);
                  if (m_running == 0)
                      emit finished(count());
              });
}

qint64 LogSearchController::count() const {
    qint64 n = 0;
    for (const auto& hits : m_hits)
        n += hits.size();
    return n;
}

int LogSearchController::next(int row) const {
    if (!m_model)
        return -1;
    int best = -1, first = -1;
    for (int d = 0; d < m_hits.size(); ++d) {
        const auto& hits = m_hits[d];
        // Rows of one document grow with its lines: binary search by row.
        const auto it = std::partition_point(hits.begin(), hits.end(), [&](qint64 line) {
            const int r = m_model->rowOf(d, line);
            return r >= 0 && r <= row;
        });
        if (it != hits.end()) {
            const int r = m_model->rowOf(d, *it);
            if (r >= 0 && (best < 0 || r < best))
                best = r;
        }
        if (!hits.isEmpty()) {
            const int r = m_model->rowOf(d, hits.front());
            if (r >= 0 && (first < 0 || r < first))
                first = r;
        }
    }
    return best >= 0 ? best : first;
}

int LogSearchController::previous(int row) const {
    if (!m_model)
        return -1;
    int best = -1, last = -1;
    for (int d = 0; d < m_hits.size(); ++d) {
        const auto& hits = m_hits[d];
        const auto it = std::partition_point(hits.begin(), hits.end(), [&](qint64 line) {
            const int r = m_model->rowOf(d, line);
            return r >= 0 && r < row;
        });
        if (it != hits.begin()) {
            const int r = m_model->rowOf(d, *(it - 1));
            if (r >= 0 && r > best)
                best = r;
        }
        for (auto back = hits.rbegin(); back != hits.rend(); ++back) {
            const int r = m_model->rowOf(d, *back);
            if (r >= 0) { // hits on lines not yet announced have no row yet
                last = qMax(last, r);
                break;
            }
        }
    }
    return best >= 0 ? best : last;
}

QList<int> LogSearchController::rows() const {
    QList<int> out;
    for (int d = 0; d < m_hits.size(); ++d)
        for (qint64 line : m_hits[d])
            if (const int r = m_model->rowOf(d, line); r >= 0)
                out << r;
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace trainyard::ui
