"""Trustbench JITR activation (AWS Lambda, Python 3.12).

Triggered by the topic rule on $aws/events/certificates/registered/<caCertificateId>: creates a
least-privilege policy for the new certificate (the thing may connect with its own name as client
id, publish and subscribe under its own topics and shadow), attaches it and activates the
certificate. The seed's function attached iot:* on *; this one does not.
"""
import json
import boto3

iot = boto3.client("iot")

POLICY_NAME = "TrustbenchThingPolicy"
POLICY = {
    "Version": "2012-10-17",
    "Statement": [
        {"Effect": "Allow", "Action": "iot:Connect",
         "Resource": "arn:aws:iot:*:*:client/${iot:Connection.Thing.ThingName}"},
        {"Effect": "Allow", "Action": ["iot:Publish", "iot:Receive"],
         "Resource": ["arn:aws:iot:*:*:topic/things/${iot:Connection.Thing.ThingName}/*",
                      "arn:aws:iot:*:*:topic/$aws/things/${iot:Connection.Thing.ThingName}/shadow/*"]},
        {"Effect": "Allow", "Action": "iot:Subscribe",
         "Resource": ["arn:aws:iot:*:*:topicfilter/things/${iot:Connection.Thing.ThingName}/*",
                      "arn:aws:iot:*:*:topicfilter/$aws/things/${iot:Connection.Thing.ThingName}/shadow/*"]},
    ],
}


def _der_items(data, start, end):
    """Yields (tag, content_start, content_end) of the DER items in data[start:end]."""
    i = start
    while i < end:
        tag = data[i]
        length = data[i + 1]
        i += 2
        if length & 0x80:
            count = length & 0x7F
            length = int.from_bytes(data[i:i + count], "big")
            i += count
        yield tag, i, i + length
        i += length


def subject_common_name(der):
    """The subject CN of a DER certificate (2.5.4.3), or None."""
    _, cert_start, cert_end = next(_der_items(der, 0, len(der)))
    _, tbs_start, tbs_end = next(_der_items(der, cert_start, cert_end))
    fields = list(_der_items(der, tbs_start, tbs_end))
    if fields and fields[0][0] == 0xA0:
        fields = fields[1:]
    subject = fields[4]
    for _, set_start, set_end in _der_items(der, subject[1], subject[2]):
        for _, atv_start, atv_end in _der_items(der, set_start, set_end):
            parts = list(_der_items(der, atv_start, atv_end))
            if der[parts[0][1]:parts[0][2]] == bytes([0x55, 0x04, 0x03]):
                return der[parts[1][1]:parts[1][2]].decode("utf-8", "replace")
    return None


def thing_name(pem, certificate_id):
    """As the Trustbench emulator names it: the subject CN made a valid thing name, else the id."""
    import base64
    import re
    body = "".join(line for line in pem.splitlines() if line and not line.startswith("-----"))
    cn = subject_common_name(base64.b64decode(body))
    name = re.sub(r"[^a-zA-Z0-9:_-]", "_", (cn or "").strip())[:128]
    return name or certificate_id


def handler(event, context):
    certificate_id = event["certificateId"]
    description = iot.describe_certificate(certificateId=certificate_id)["certificateDescription"]
    certificate_arn = description["certificateArn"]
    name = thing_name(description["certificatePem"], certificate_id)
    try:
        iot.create_thing(thingName=name)
    except iot.exceptions.ResourceAlreadyExistsException:
        pass
    iot.attach_thing_principal(thingName=name, principal=certificate_arn)
    try:
        iot.create_policy(policyName=POLICY_NAME, policyDocument=json.dumps(POLICY))
    except iot.exceptions.ResourceAlreadyExistsException:
        pass
    iot.attach_policy(policyName=POLICY_NAME, target=certificate_arn)
    iot.update_certificate(certificateId=certificate_id, newStatus="ACTIVE")
    return {"certificateId": certificate_id, "thingName": name, "policy": POLICY_NAME, "status": "ACTIVE"}
