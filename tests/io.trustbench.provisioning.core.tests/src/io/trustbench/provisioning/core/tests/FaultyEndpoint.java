package io.trustbench.provisioning.core.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A proxy in front of an AWS-compatible endpoint that answers chosen calls with AWS-style errors
 * or garbage instead of forwarding them: failure injection for the flows with the real SDK client.
 */
final class FaultyEndpoint implements AutoCloseable {

	/** An injected answer for {@code times} calls of {@code method path-prefix}. */
	private static final class Fault {
		final String method;
		final String pathPrefix;
		final int status;
		final String errorType;
		final String body;
		int times;

		Fault(String method, String pathPrefix, int times, int status, String errorType, String body) {
			this.method = method;
			this.pathPrefix = pathPrefix;
			this.times = times;
			this.status = status;
			this.errorType = errorType;
			this.body = body;
		}
	}

	private static final Set<String> HOP_HEADERS = Set.of("host", "connection", "content-length", "expect",
			"transfer-encoding", "upgrade", "keep-alive");

	private final URI target;
	private final HttpServer server;
	private final HttpClient client = HttpClient.newHttpClient();
	private final List<Fault> faults = new ArrayList<>();
	private final List<String> injected = new ArrayList<>();

	FaultyEndpoint(URI target) throws IOException {
		this.target = target;
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", this::handle);
		server.start();
	}

	URI url() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
	}

	/** The next {@code times} matching calls get an AWS error: status, x-amzn-ErrorType and a JSON message. */
	synchronized void failWithAwsError(String method, String pathPrefix, int times, int status, String errorType, String message) {
		faults.add(new Fault(method, pathPrefix, times, status, errorType, "{\"message\":\"" + message + "\"}"));
	}

	/** The next {@code times} matching calls get 200 with a body that is not JSON (a broken gateway). */
	synchronized void answerGarbage(String method, String pathPrefix, int times) {
		faults.add(new Fault(method, pathPrefix, times, 200, null, "<html>gateway says hello</html>"));
	}

	synchronized List<String> injected() {
		return List.copyOf(injected);
	}

	private synchronized Fault take(String method, String path) {
		for (Fault fault : faults) {
			if (fault.times > 0 && fault.method.equals(method) && path.startsWith(fault.pathPrefix)) {
				fault.times--;
				injected.add(method + " " + path + " -> " + fault.status + (fault.errorType == null ? "" : " " + fault.errorType));
				return fault;
			}
		}
		return null;
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			byte[] requestBody;
			try (InputStream in = exchange.getRequestBody()) {
				requestBody = in.readAllBytes();
			}
			String method = exchange.getRequestMethod();
			URI uri = exchange.getRequestURI();
			Fault fault = take(method, uri.getPath());
			if (fault != null) {
				byte[] body = fault.body.getBytes(StandardCharsets.UTF_8);
				if (fault.errorType != null) {
					exchange.getResponseHeaders().add("x-amzn-ErrorType", fault.errorType);
				}
				exchange.getResponseHeaders().add("Content-Type", fault.errorType == null ? "text/html" : "application/json");
				send(exchange, fault.status, body);
				return;
			}
			HttpRequest.Builder forward = HttpRequest.newBuilder(target.resolve(uri.getRawPath()
					+ (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())))
					.method(method, HttpRequest.BodyPublishers.ofByteArray(requestBody));
			exchange.getRequestHeaders().forEach((name, values) -> {
				if (!HOP_HEADERS.contains(name.toLowerCase())) {
					values.forEach(v -> forward.header(name, v));
				}
			});
			HttpResponse<byte[]> response = client.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
			response.headers().map().forEach((name, values) -> {
				if (!HOP_HEADERS.contains(name.toLowerCase()) && !name.startsWith(":")) {
					values.forEach(v -> exchange.getResponseHeaders().add(name, v));
				}
			});
			send(exchange, response.statusCode(), response.body());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
		exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
		if (body.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
