#pragma once

#include <QWidget>

class QComboBox;
class QPlainTextEdit;

namespace trainyard {
class Engine;
class LogStream;

namespace ui {

// The Logs tab of the run panel: a rank/node selector and the live log of the chosen rank.
// Contract used by the run panel (the internals are free to change):
//   setRun(engine, runId)  shows that run's logs, following them while the run runs
//   clear()                shows nothing
class RunLogPanel : public QWidget {
    Q_OBJECT
public:
    explicit RunLogPanel(QWidget* parent = nullptr);
    void setRun(Engine* engine, const QString& runId);
    void clear();

private:
    void refreshSources();
    void openSource(int index);

    Engine* m_engine = nullptr;
    QString m_runId;
    QComboBox* m_sources;
    QPlainTextEdit* m_text;
    LogStream* m_stream = nullptr;
};

} // namespace ui
} // namespace trainyard
