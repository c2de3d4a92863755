#pragma once

#include "core/model/Run.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace trainyard {
class Engine;

namespace logs {
class LogDocument;
}

namespace ui {

class LogModel;
class LogSearchController;
class LogView;

// The Logs tab of the run panel: a source selector (each rank, and all ranks merged for a
// multi-node run), a search bar (next / previous, match count, case), follow, top / bottom,
// copy, and a LogView over LogDocuments that follow the run's log files.
// Contract used by the run panel (the internals are free to change):
//   setRun(engine, runId)  shows that run's logs, following them while the run runs
//   clear()                shows nothing
class RunLogPanel : public QWidget {
    Q_OBJECT
public:
    explicit RunLogPanel(QWidget* parent = nullptr);
    ~RunLogPanel() override;
    void setRun(Engine* engine, const QString& runId);
    void clear();

    // For the run panel, tests and trainyard-bench.
    LogView* view() const { return m_view; }
    LogModel* model() const { return m_model; }
    LogSearchController* searchController() const { return m_search; }
    int sourceCount() const { return int(m_documents.size()); }
    // -1: all sources merged; otherwise the source's index.
    void showSource(int source);
    void findText(const QString& text, bool caseSensitive = false);
    void focusSearch(); // Ctrl+F while the log has the focus
    QLineEdit* searchEdit() const;
    void findNext();
    void findPrevious();

signals:
    void sourcesChanged(int count);

private:
    void refreshSources();
    void addSource(const LogSource& source);
    void updateSourceBox();
    void updateCount();

    Engine* m_engine = nullptr;
    QString m_runId;
    QList<LogSource> m_sources;
    QList<logs::LogDocument*> m_documents;
    QComboBox* m_sourceBox;
    QLineEdit* m_findEdit;
    QCheckBox* m_caseBox;
    QCheckBox* m_followBox;
    QLabel* m_countLabel;
    QLabel* m_status;
    LogView* m_view;
    LogModel* m_model;
    LogSearchController* m_search;
    QTimer* m_refresh;
    QTimer* m_findDelay;
};

} // namespace ui
} // namespace trainyard
