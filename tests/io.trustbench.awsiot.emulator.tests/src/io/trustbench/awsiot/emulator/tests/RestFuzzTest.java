package io.trustbench.awsiot.emulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Random paths, methods and bodies against the REST endpoint: every answer is an AWS-style 4xx
 * (never a 500, never a hang), and the server keeps answering.
 */
@Timeout(120)
class RestFuzzTest {

	private static final String[] PATHS = { "/cacertificate", "/cacertificate/%s", "/certificate/register",
			"/certificates/%s", "/certificates", "/policies/%s", "/target-policies/%s", "/attached-policies/%s",
			"/things/%s", "/things/%s/principals", "/things/%s/shadow", "/rules/%s", "/provisioning-templates",
			"/endpoint", "/registrationcode", "/%s" };
	private static final String[] METHODS = { "GET", "POST", "PUT", "DELETE", "PATCH" };
	private static final String[] BODIES = { "", "{}", "[]", "null", "{\"caCertificate\":\"-----BEGIN CERTIFICATE-----\\nAAAA\\n-----END CERTIFICATE-----\"}",
			"{\"policyDocument\":\"{\\\"Statement\\\":[]}\"}", "{\"target\":\"arn:aws:iot:x:1:cert/zz\"}",
			"{\"sql\":\"SELECT * FROM 'a'\",\"actions\":\"no\"}", "{\"state\":{\"desired\":{\"a\":1}},\"version\":\"x\"}",
			"{\"templateName\":\"t\",\"templateBody\":\"{\",\"provisioningRoleArn\":\"r\"}", "{\"attributePayload\":[1]}" };

	@Test
	void randomRequestsGetClientErrorsNotServerErrors() throws Exception {
		try (EmulatorFixture fixture = new EmulatorFixture()) {
			Random random = new Random(99);
			for (int i = 0; i < 300; i++) {
				String name = random.nextBoolean() ? "n" + random.nextInt(5) : randomSegment(random);
				String path = String.format(PATHS[random.nextInt(PATHS.length)], name);
				if (random.nextInt(4) == 0) {
					path += "?setAsActive=" + (random.nextBoolean() ? "maybe" : "true") + "&pageSize=" + (random.nextInt(600) - 50)
							+ "&marker=" + random.nextInt(9);
				}
				String method = METHODS[random.nextInt(METHODS.length)];
				String body = BODIES[random.nextInt(BODIES.length)];
				if (random.nextInt(5) == 0) {
					char[] b = body.toCharArray();
					if (b.length > 0) {
						b[random.nextInt(b.length)] = (char) (32 + random.nextInt(90));
					}
					body = new String(b);
				}
				int status = send(fixture, method, path, body);
				assertTrue(status < 500, method + " " + path + " " + body + " → " + status);
			}
			assertEquals(200, send(fixture, "GET", "/registrationcode", ""), "still serving");
		}
	}

	private static String randomSegment(Random random) {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < 1 + random.nextInt(12); i++) {
			int c = 33 + random.nextInt(94);
			s.append(c == '/' || c == '?' || c == '#' || c == '%' ? 'x' : (char) c);
		}
		return s.toString();
	}

	private static int send(EmulatorFixture fixture, String method, String path, String body) throws IOException {
		HttpURLConnection c = (HttpURLConnection) new URL(fixture.apiUri() + path.replace(" ", "%20").replace("\"", "%22")
				.replace("<", "%3C").replace(">", "%3E").replace("{", "%7B").replace("}", "%7D").replace("|", "%7C")
				.replace("\\", "%5C").replace("^", "%5E").replace("`", "%60").replace("[", "%5B").replace("]", "%5D"))
				.openConnection();
		c.setRequestMethod(method.equals("PATCH") ? "POST" : method);
		if (method.equals("PATCH")) {
			c.setRequestProperty("X-HTTP-Method-Override", "PATCH");
		}
		c.setRequestProperty("Authorization", "AWS4-HMAC-SHA256 Credential=x/20261127/us-west-2/iot/aws4_request");
		c.setConnectTimeout(10_000);
		c.setReadTimeout(10_000);
		if (!body.isEmpty() && !method.equals("GET") && !method.equals("DELETE")) {
			c.setDoOutput(true);
			try (OutputStream out = c.getOutputStream()) {
				out.write(body.getBytes(StandardCharsets.UTF_8));
			}
		}
		int status = c.getResponseCode();
		try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
			if (in != null) {
				in.readAllBytes();
			}
		}
		return status;
	}
}
