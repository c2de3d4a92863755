#pragma once

#include "core/batchai/MappingContext.h"

namespace trainyard::batchai {

// A Batch AI job becomes a RunConfig (BatchAiImport::run) plus what only Azure ML needs (image,
// named inputs and outputs, the command with ${{inputs.x}}). One function per section of the job
// (JobMapping.cpp), the directories (JobDirectories.cpp), the Batch AI variables the command
// reads (BatchAiVariables.cpp), the toolkit launch (ToolkitCommands.cpp) and the command that
// sets those variables up before the launch (JobCommand.cpp).
void mapJob(MappingContext& context);

// What the sections of one job hand to each other.
struct JobState {
    RunConfig run;
    QSet<QString> variables;            // Batch AI variables the command and environment refer to
    QStringList mountsUsed;             // mount folders the command reaches through the mount root
    QMap<QString, QString> exportedEnv; // environment values that refer to Batch AI variables
    QString pytorchBackend;
    QString toolkitField; // JSON path of the toolkit settings, where variable warnings point
};

// JobDirectories.cpp
void mapInputDirectories(MappingContext& context, const QJsonArray& inputs);
void mapOutputDirectories(MappingContext& context, const QJsonArray& outputs);
// $AZ_BATCHAI_OUTPUT_<ID>, SHARED_JOB_TEMP and STDOUTERR_DIR the command uses become outputs;
// inputs it names that the job does not declare are warned about.
void addOutputsTheCommandUses(MappingContext& context, JobState& job);
// One read-write input per mount the command reaches through $AZ_BATCHAI_MOUNT_ROOT.
QList<ImportDirectory> mountInputs(MappingContext& context, const JobState& job);

// BatchAiVariables.cpp: which Batch AI variables `text` refers to; each is explained once.
void noteVariables(MappingContext& context, JobState& job, const QString& text, const QString& field);

// JobCommand.cpp: run.command / run.arguments (local and Slurm engines) and azureMlCommand, each
// the preparation and launch after the lines that set Batch AI's variables up.
void writeCommands(MappingContext& context, JobState& job, const QString& body, const QString& preparation);

} // namespace trainyard::batchai
