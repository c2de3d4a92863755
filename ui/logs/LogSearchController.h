#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

namespace trainyard::ui {

class LogModel;

// Search over what a LogModel shows, run on workers by the documents (LogDocument::search).
// Keeps the hits per document as line numbers and maps them to rows when asked, so a merged
// view needs no row list. While the log grows, new lines are searched as they arrive.
class LogSearchController : public QObject {
    Q_OBJECT
public:
    explicit LogSearchController(QObject* parent = nullptr);
    void setModel(LogModel* model);

    void find(const QString& text, bool caseSensitive);
    void clear();
    QString text() const { return m_text; }
    bool caseSensitive() const { return m_caseSensitive; }
    bool isSearching() const { return m_running > 0; }

    qint64 count() const;
    // The first hit row after / before `row` (-1: none). Wraps around.
    int next(int row) const;
    int previous(int row) const;
    QList<int> rows() const; // every hit as a row, ascending (tests; fine for thousands of hits)

signals:
    void finished(qint64 count); // a search (or an incremental one on new lines) finished
    void failed(const QString& message);

private:
    void searchDocument(int document, qint64 fromLine);
    void restart();

    QPointer<LogModel> m_model;
    QString m_text;
    bool m_caseSensitive = false;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<QList<qint64>> m_hits; // per document, ascending lines
    QList<qint64> m_searchedTo;  // per document: lines below this were searched
    QList<bool> m_busy;          // per document: a search is running
    QList<bool> m_again;         // per document: lines arrived during the search
    int m_running = 0;
};

} // namespace trainyard::ui
