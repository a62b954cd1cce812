#pragma once

#include "client/clientengine.h"
#include "http/recorded.h"

namespace authlab {

// One leg of a client exchange as it crossed the wire (HAR, curl, bug report): the bytes the
// client itself wrote and read when it has them (Host and Content-Length included), else the
// embedded server's record of it, else the fields the leg recorded.
RecordedExchange recordedLeg(const ClientExchange &exchange, int leg);
// Every leg, in order.
QList<RecordedExchange> recordedLegs(const ClientExchange &exchange);

} // namespace authlab
