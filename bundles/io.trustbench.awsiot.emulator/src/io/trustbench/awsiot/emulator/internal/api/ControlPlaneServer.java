package io.trustbench.awsiot.emulator.internal.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.trustbench.awsiot.emulator.internal.registry.AwsException;
import io.trustbench.core.TrafficLog;

/**
 * The REST endpoint (control plane and IoT data plane share it, as their paths do not collide):
 * JDK HTTP server, AWS-style errors ({@code x-amzn-ErrorType} + {@code {"message":…}}). SigV4
 * requests are accepted without checking the signature; a request without any SigV4
 * Authorization header is refused like AWS does.
 */
public final class ControlPlaneServer {

	private static final String SOURCE = "aws-iot-emulator";
	private static final int MAX_BODY = 1 << 20;

	private final Router router = new Router();
	private final Runnable afterOperation;
	private HttpServer server;
	private ExecutorService executor;

	/** @param afterOperation runs after every operation, before the answer (persists the state) */
	public ControlPlaneServer(List<ApiFamily> families, Runnable afterOperation) {
		this.afterOperation = afterOperation;
		for (ApiFamily family : families) {
			family.register(router);
		}
	}

	public void start(String bindHost, int port) throws IOException {
		server = HttpServer.create(new InetSocketAddress(bindHost, port), 64);
		executor = Executors.newFixedThreadPool(8, r -> {
			Thread t = new Thread(r, "aws-iot-emulator-api");
			t.setDaemon(true);
			return t;
		});
		server.setExecutor(executor);
		server.createContext("/", this::handle);
		server.start();
	}

	public int port() {
		return server.getAddress().getPort();
	}

	public void stop() {
		if (server != null) {
			server.stop(0);
			executor.shutdownNow();
		}
	}

	private void handle(HttpExchange exchange) throws IOException {
		String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
		String rawPath = exchange.getRequestURI().getRawPath();
		String operation = method + " " + rawPath;
		ApiResponse response;
		try {
			byte[] body = readBody(exchange.getRequestBody());
			Router.Match match = router.match(method, segments(rawPath));
			if (match == null) {
				// What AWS answers for a path it has no operation for; clients can tell "not emulated".
				throw new AwsException("UnknownOperationException", 404, "unsupported operation " + method + " " + rawPath);
			}
			operation = match.route().name();
			TrafficLog.global().log(TrafficLog.Channel.CLOUD_RX, SOURCE, operation + " " + method + " " + rawPath);
			checkAuthorization(exchange);
			ApiRequest request = new ApiRequest(match.pathParams(), query(exchange.getRequestURI().getRawQuery()),
					headers(exchange), body);
			try {
				response = match.route().operation().handle(request);
			} finally {
				afterOperation.run();
			}
			TrafficLog.global().log(TrafficLog.Channel.CLOUD_TX, SOURCE, operation + " → " + response.status());
		} catch (AwsException e) {
			response = error(e);
			TrafficLog.global().log(TrafficLog.Channel.CLOUD_TX, SOURCE,
					operation + " → " + e.httpStatus() + " " + e.errorType() + ": " + e.getMessage());
			exchange.getResponseHeaders().add("x-amzn-ErrorType", e.errorType());
		} catch (RuntimeException e) {
			AwsException internal = new AwsException("InternalFailureException", 500,
					"internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
			response = error(internal);
			TrafficLog.global().log(TrafficLog.Channel.ERROR, SOURCE, operation + " → 500 " + internal.getMessage());
			exchange.getResponseHeaders().add("x-amzn-ErrorType", internal.errorType());
		}
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.getResponseHeaders().add("x-amzn-RequestId", java.util.UUID.randomUUID().toString());
		exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(response.body());
		}
	}

	private static void checkAuthorization(HttpExchange exchange) {
		String auth = exchange.getRequestHeaders().getFirst("Authorization");
		if (auth == null || !auth.startsWith("AWS4-HMAC-SHA256 ")) {
			throw new AwsException("MissingAuthenticationTokenException", 403,
					"Missing Authentication Token (a SigV4-signed request is required)");
		}
	}

	private static ApiResponse error(AwsException e) {
		JsonObject body = new JsonObject();
		body.addProperty("message", e.getMessage());
		if (e.resourceId() != null) {
			body.addProperty("resourceId", e.resourceId());
		}
		if (e.resourceArn() != null) {
			body.addProperty("resourceArn", e.resourceArn());
		}
		return ApiResponse.raw(e.httpStatus(), body.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] readBody(InputStream in) throws IOException {
		byte[] body = in.readNBytes(MAX_BODY + 1);
		if (body.length > MAX_BODY) {
			throw AwsException.invalidRequest("request body larger than " + MAX_BODY + " bytes");
		}
		return body;
	}

	static List<String> segments(String rawPath) {
		List<String> result = new ArrayList<>();
		for (String s : rawPath.split("/")) {
			if (!s.isEmpty()) {
				result.add(decode(s));
			}
		}
		return result;
	}

	static Map<String, String> query(String rawQuery) {
		Map<String, String> result = new LinkedHashMap<>();
		if (rawQuery == null || rawQuery.isEmpty()) {
			return result;
		}
		for (String pair : rawQuery.split("&")) {
			int eq = pair.indexOf('=');
			String key = decode(eq < 0 ? pair : pair.substring(0, eq));
			String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
			result.putIfAbsent(key, value);
		}
		return result;
	}

	private static Map<String, String> headers(HttpExchange exchange) {
		Map<String, String> result = new LinkedHashMap<>();
		exchange.getRequestHeaders().forEach((k, v) -> {
			if (!v.isEmpty()) {
				result.put(k.toLowerCase(Locale.ROOT), v.get(0));
			}
		});
		return result;
	}

	private static String decode(String s) {
		try {
			return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
		} catch (IllegalArgumentException e) {
			throw AwsException.invalidRequest("malformed percent-encoding in " + s);
		}
	}
}
