// SPDX-License-Identifier: MIT
#include "protocolerror.h"

using namespace Qt::Literals::StringLiterals;

namespace Protocol {

QJsonObject Error::toJson() const
{
    QJsonObject body = details;
    body.insert(u"error"_s, code);
    body.insert(u"message"_s, message);
    return body;
}

Error Error::fromJson(const QJsonObject &json)
{
    QJsonObject details = json;
    details.remove(u"error"_s);
    details.remove(u"message"_s);
    return {json.value(u"error"_s).toString(), json.value(u"message"_s).toString(), details};
}

} // namespace Protocol
