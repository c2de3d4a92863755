#pragma once

#include "core/util/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace trainyard {

// What the desktop and `yard login` show while an interactive sign-in waits.
struct DeviceCodePrompt {
    QString userCode;
    QString verificationUri;
    QString message; // the identity provider's own sentence, in the user's language
    int expiresInSeconds = 0;
};

// An engine's interactive sign-in (Azure ML: the Entra ID device code flow), reached through
// Engine::signIn() so that the desktop need not know which engine it holds. Engines without one
// return nullptr (local needs none; Slurm takes a token with `yard login slurm`). Callbacks may
// come from the engine's thread.
class SignIn : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Asks for a code, shows it through `prompt`, and finishes with `done` once signed in (or
    // failed, or canceled).
    virtual void startDeviceCode(std::function<void(const DeviceCodePrompt&)> prompt,
                                 std::function<void(const Status&)> done) = 0;
    virtual void cancelDeviceCode() = 0;
};

} // namespace trainyard
