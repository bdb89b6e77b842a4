package io.trustbench.awsiot.emulator.internal.rules;

import com.google.gson.JsonObject;

/** A message as the rules engine sees it: topic, payload (JSON object or null), publishing client. */
public record RuleMessage(String topic, byte[] payload, JsonObject json, String clientId) {
}
