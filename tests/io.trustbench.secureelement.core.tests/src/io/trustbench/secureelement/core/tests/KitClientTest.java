package io.trustbench.secureelement.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.trustbench.secureelement.core.SecureElementException;
import io.trustbench.secureelement.core.kit.KitClient;
import io.trustbench.secureelement.core.kit.KitConnection;
import io.trustbench.secureelement.core.kit.KitEndpoint;

/** Host-side kit behaviour against a scripted kit: wake-and-retry, bad replies, status errors. */
class KitClientTest {

	/** Answers from a script and records what it was sent. */
	private static final class ScriptedKit implements KitConnection {
		final Deque<String> answers = new ArrayDeque<>();
		final List<String> sent = new ArrayList<>();

		ScriptedKit(String... answers) {
			this.answers.addAll(List.of(answers));
		}

		@Override
		public KitEndpoint endpoint() {
			return new KitEndpoint("scripted", "test", "", "", -1, -1, "unknown");
		}

		@Override
		public String transact(String commandLine, Duration timeout) {
			sent.add(commandLine);
			return answers.removeFirst();
		}

		@Override
		public void close() {
			// nothing
		}
	}

	@Test
	void asleepChipIsWokenAndThePacketResent() throws Exception {
		ScriptedKit kit = new ScriptedKit("F0()", "00(04113343)", "00(07000050000000)");
		KitClient client = new KitClient(kit, Duration.ofSeconds(1), false);
		assertEquals(7, client.talk(new byte[] { 7, 0x30, 0, 0, 0, 0x03, 0x5D }).length);
		assertEquals(List.of("e:t(0730000000035D)", "e:w()", "e:t(0730000000035D)"), kit.sent);
	}

	@Test
	void kitErrorsAndGarbageAreOneLineExceptions() {
		KitClient noDevice = new KitClient(new ScriptedKit("no_device C5()"), Duration.ofSeconds(1), false);
		SecureElementException e = assertThrows(SecureElementException.class, noDevice::device);
		assertTrue(e.getMessage().contains("C5") && e.getMessage().contains("no secure element"), e.getMessage());
		KitClient garbage = new KitClient(new ScriptedKit("hello there"), Duration.ofSeconds(1), false);
		e = assertThrows(SecureElementException.class, garbage::firmware);
		assertTrue(e.getMessage().contains("no status"), e.getMessage());
		KitClient badChunks = new KitClient(new ScriptedKit("00(2341)"), Duration.ofSeconds(1), false);
		e = assertThrows(SecureElementException.class, () -> badChunks.awsCertificate(1));
		assertTrue(e.getMessage().contains("bad header"), e.getMessage());
	}
}
