#include "ui/logs/LogModel.h"

#include "core/logs/LogDocument.h"

#include "ui/WhenReady.h"

#include <algorithm>

namespace trainyard::ui {

using logs::LogDocument;

LogModel::LogModel(QObject* parent)
    : QAbstractListModel(parent) {}

const QList<LogDocument*>& LogModel::documents() const {
    return m_plain;
}

void LogModel::clear() {
    setDocuments({}, {});
}

void LogModel::setDocuments(const QList<LogDocument*>& documents, const QStringList& labels) {
    beginResetModel();
    for (const auto& d : std::as_const(m_documents))
        if (d)
            d->disconnect(this);
    m_documents.clear();
    m_plain = documents;
    m_labels = labels;
    m_segments.clear();
    m_segmentsOf.assign(size_t(documents.size()), {});
    m_rows = 0;
    for (int i = 0; i < documents.size(); ++i) {
        LogDocument* d = documents[i];
        m_documents << d;
        if (d->lineCount() > 0) {
            m_segmentsOf[size_t(i)].push_back(m_segments.size());
            m_segments.push_back({i, 0, d->lineCount(), m_rows});
            m_rows += d->lineCount();
        }
        connect(d, &LogDocument::linesAppended, this,
                [this, i](qint64 first, qint64 count) { onAppended(i, first, count); });
        connect(d, &LogDocument::reset, this, &LogModel::onReset);
        connect(d, &LogDocument::linesLoaded, this,
                [this, i](qint64 first, qint64 last) { onLoaded(i, first, last); });
        connect(d, &LogDocument::lastLineChanged, this, [this, i](qint64 line) { onLoaded(i, line, line); });
    }
    endResetModel();
}

void LogModel::onAppended(int document, qint64 first, qint64 count) {
    if (count <= 0)
        return;
    const qint64 row = m_rows;
    beginInsertRows({}, int(row), int(row + count - 1));
    auto& mine = m_segmentsOf[size_t(document)];
    // Consecutive batches of one document merge into one segment.
    if (!m_segments.empty() && m_segments.back().document == document &&
        m_segments.back().firstLine + m_segments.back().count == first) {
        m_segments.back().count += count;
    } else {
        mine.push_back(m_segments.size());
        m_segments.push_back({document, first, count, row});
    }
    m_rows += count;
    endInsertRows();
}

void LogModel::onReset() {
    // One document was truncated or rotated: rebuild the rows from what the others hold.
    QList<LogDocument*> documents;
    for (const auto& d : std::as_const(m_documents))
        documents << d.data();
    setDocuments(documents, m_labels);
}

void LogModel::onLoaded(int document, qint64 first, qint64 last) {
    const int a = rowOf(document, first);
    const int b = rowOf(document, last);
    if (a < 0 && b < 0)
        return;
    emit dataChanged(index(a < 0 ? b : a), index(b < 0 ? a : b));
}

int LogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows);
}

std::pair<int, qint64> LogModel::locate(int row) const {
    if (row < 0 || row >= m_rows)
        return {-1, -1};
    if (m_documents.size() == 1)
        return {0, row}; // one document: row = line, whatever its segments
    const auto it = std::upper_bound(m_segments.begin(), m_segments.end(), qint64(row),
                                     [](qint64 r, const Segment& s) { return r < s.firstRow; });
    const Segment& s = *(it - 1);
    return {s.document, s.firstLine + (row - s.firstRow)};
}

int LogModel::rowOf(int document, qint64 line) const {
    if (document < 0 || document >= int(m_segmentsOf.size()))
        return -1;
    const auto& mine = m_segmentsOf[size_t(document)];
    const auto it = std::upper_bound(mine.begin(), mine.end(), line,
                                     [this](qint64 l, size_t s) { return l < m_segments[s].firstLine; });
    if (it == mine.begin())
        return -1;
    const Segment& s = m_segments[*(it - 1)];
    if (line >= s.firstLine + s.count)
        return -1;
    return int(s.firstRow + (line - s.firstLine));
}

const logs::LogLineText* LogModel::line(int row) const {
    const auto [document, line] = locate(row);
    if (document < 0 || !m_documents[document])
        return nullptr;
    return m_documents[document]->line(line);
}

QString LogModel::label(int row) const {
    const int document = locate(row).first;
    return document >= 0 ? m_labels.value(document) : QString();
}

void LogModel::prefetch(int first, int last) const {
    if (m_rows == 0)
        return;
    first = qBound(0, first, int(m_rows) - 1);
    last = qBound(0, last, int(m_rows) - 1);
    if (m_documents.size() == 1) {
        if (m_documents[0])
            m_documents[0]->prefetch(first, last);
        return;
    }
    for (int row = first; row <= last; ++row) { // a window: a few hundred rows at most
        const auto [document, line] = locate(row);
        if (m_documents[document])
            m_documents[document]->prefetch(line, line);
    }
}

QVariant LogModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        const logs::LogLineText* text = line(index.row());
        return text ? text->text : QString();
    }
    case SourceRole:
        return label(index.row());
    case LoadedRole:
        return line(index.row()) != nullptr;
    default:
        return {};
    }
}

void LogModel::copyText(int first, int last, QObject* context, std::function<void(QString)> done) const {
    // Group the rows into runs of consecutive lines of one document; read each run on a worker.
    struct Piece {
        int document;
        qint64 first;
        qint64 last;
    };
    QList<Piece> pieces;
    for (int row = qMax(0, first); row <= qMin(last, int(m_rows) - 1); ++row) {
        const auto [document, line] = locate(row);
        if (!pieces.isEmpty() && pieces.back().document == document && pieces.back().last + 1 == line)
            pieces.back().last = line;
        else
            pieces.append({document, line, line});
    }
    auto texts = std::make_shared<QStringList>();
    auto remaining = std::make_shared<int>(int(pieces.size()));
    texts->resize(pieces.size());
    if (pieces.isEmpty()) {
        done(QString());
        return;
    }
    for (int i = 0; i < pieces.size(); ++i) {
        LogDocument* d = m_documents[pieces[i].document];
        if (!d) {
            if (--*remaining == 0)
                done(texts->join(u'\n'));
            continue;
        }
        whenReady(context, d->text(pieces[i].first, pieces[i].last),
                  [texts, remaining, i, done](const QString& text) {
                      (*texts)[i] = text;
                      if (--*remaining == 0)
                          done(texts->join(u'\n'));
                  });
    }
}

} // namespace trainyard::ui
