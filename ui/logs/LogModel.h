#pragma once

#include "core/logs/LogLineText.h"

#include <QAbstractListModel>
#include <QFuture>
#include <QPointer>

#include <vector>

namespace trainyard::logs {
class LogDocument;
}

namespace trainyard::ui {

// Rows of one log, or of several merged (one per rank of a multi-node run), over LogDocuments.
// Nothing per line is stored here: a single log maps row = line; a merged log keeps one segment
// per batch of appended lines ({document, first line, count, first row}), so the whole view
// costs the documents' 8 bytes per line plus a few bytes per batch. Merged rows follow arrival
// order: lines that came in the same 50 ms batch stay together per rank.
class LogModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { SourceRole = Qt::UserRole + 1, LoadedRole };

    explicit LogModel(QObject* parent = nullptr);
    // `labels` name the documents ("0", "1": ranks); shown as a prefix in a merged view.
    void setDocuments(const QList<logs::LogDocument*>& documents, const QStringList& labels);
    void clear();
    bool isMerged() const { return m_documents.size() > 1; }
    const QList<logs::LogDocument*>& documents() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    // The view's fast path: the decoded line, or nullptr while it is read (dataChanged follows).
    const logs::LogLineText* line(int row) const;
    QString label(int row) const;
    void prefetch(int first, int last) const;
    // Where a row comes from, and back.
    std::pair<int, qint64> locate(int row) const; // (document, line)
    int rowOf(int document, qint64 line) const;
    // The shown text of rows [first, last], read on a worker; `done` runs on this thread.
    void copyText(int first, int last, QObject* context, std::function<void(QString)> done) const;

private:
    struct Segment {
        int document;
        qint64 firstLine;
        qint64 count;
        qint64 firstRow;
    };
    void onAppended(int document, qint64 first, qint64 count);
    void onReset();
    void onLoaded(int document, qint64 first, qint64 last);

    QList<QPointer<logs::LogDocument>> m_documents;
    QList<logs::LogDocument*> m_plain;
    QStringList m_labels;
    std::vector<Segment> m_segments;
    std::vector<std::vector<size_t>> m_segmentsOf; // per document, indexes into m_segments
    qint64 m_rows = 0;
};

} // namespace trainyard::ui
