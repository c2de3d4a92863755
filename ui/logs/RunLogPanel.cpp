#include "ui/logs/RunLogPanel.h"

#include "core/engine/Engine.h"
#include "core/engine/LogStream.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace trainyard::ui {

RunLogPanel::RunLogPanel(QWidget* parent)
    : QWidget(parent)
    , m_sources(new QComboBox)
    , m_text(new QPlainTextEdit) {
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFont(QStringLiteral("monospace")));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sources);
    layout->addWidget(m_text);
    connect(m_sources, &QComboBox::currentIndexChanged, this, &RunLogPanel::openSource);
}

void RunLogPanel::clear() {
    delete m_stream;
    m_stream = nullptr;
    m_engine = nullptr;
    m_runId.clear();
    m_sources->clear();
    m_text->clear();
}

void RunLogPanel::setRun(Engine* engine, const QString& runId) {
    clear();
    m_engine = engine;
    m_runId = runId;
    refreshSources();
}

void RunLogPanel::refreshSources() {
    if (!m_engine)
        return;
    auto* watcher = new QFutureWatcher<Result<QList<LogSource>>>(this);
    const QString runId = m_runId;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, runId] {
        watcher->deleteLater();
        if (runId != m_runId)
            return;
        const auto sources = watcher->result();
        if (!sources || sources->isEmpty()) {
            QTimer::singleShot(500, this, &RunLogPanel::refreshSources); // not started yet
            return;
        }
        for (const LogSource& s : sources.value())
            m_sources->addItem(tr("Rank %1 — %2").arg(s.name, s.path), QVariant::fromValue(s.path));
    });
    watcher->setFuture(m_engine->listLogs(m_runId));
}

void RunLogPanel::openSource(int index) {
    delete m_stream;
    m_stream = nullptr;
    m_text->clear();
    if (index < 0 || !m_engine)
        return;
    LogSource source{QString::number(index), m_sources->itemData(index).toString()};
    m_stream = m_engine->openLog(m_runId, source, this);
    connect(m_stream, &LogStream::bytesAppended, this, [this](const QByteArray& bytes, qint64) {
        m_text->moveCursor(QTextCursor::End);
        m_text->insertPlainText(QString::fromUtf8(bytes));
    });
    connect(m_stream, &LogStream::truncated, m_text, &QPlainTextEdit::clear);
    m_stream->start(0);
}

} // namespace trainyard::ui
