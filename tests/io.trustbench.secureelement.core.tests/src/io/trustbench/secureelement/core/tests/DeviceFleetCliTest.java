package io.trustbench.secureelement.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.internal.cli.DeviceAddEmulatedCommand;
import io.trustbench.secureelement.core.internal.cli.DeviceListCommand;
import io.trustbench.secureelement.core.internal.cli.DeviceRemoveEmulatedCommand;

/** {@code device add-emulated} and {@code device remove-emulated}. */
class DeviceFleetCliTest extends EmulatedWorkspaceTest {

	@Test
	void addPrintsEachThingWithItsSerialAndThingName() throws Exception {
		Cli.Result r = Cli.run(workspace, new DeviceAddEmulatedCommand(), "--count", "2");
		assertEquals(0, r.exit(), r.err());
		String[] lines = r.out().split("\n");
		assertEquals(3, lines.length, r.out());
		String serial = DeviceManager.forWorkspace(workspace).info("emu-thing-002", null).serialHex();
		assertArrayEquals(new String[] { "emu-thing-002", serial, "sn" + serial }, lines[1].trim().split("\\s+"),
				r.out());
		assertEquals("2 created, 0 already there", lines[2]);

		Cli.Result json = Cli.run(workspace, new DeviceAddEmulatedCommand(), "--count", "3", "--json");
		assertEquals(0, json.exit(), json.err());
		JsonObject o = JsonParser.parseString(json.out()).getAsJsonObject();
		assertEquals(1, o.get("created").getAsInt());
		JsonArray things = o.getAsJsonArray("things");
		assertEquals(3, things.size());
		JsonObject third = things.get(2).getAsJsonObject();
		assertEquals("emu-thing-003", third.get("id").getAsString());
		assertEquals("sn" + third.get("serial").getAsString(), third.get("thingName").getAsString());
		assertTrue(third.get("created").getAsBoolean());
		assertTrue(Cli.run(workspace, new DeviceListCommand()).out().contains("emu-thing-003"));
	}

	@Test
	void badCountIsAUsageError() {
		for (String count : new String[] { "0", "1000", "many" }) {
			Cli.Result r = Cli.run(workspace, new DeviceAddEmulatedCommand(), "--count", count);
			assertEquals(2, r.exit(), count);
			assertTrue(r.err().contains("--count must be"), r.err());
		}
		assertEquals(2, Cli.run(workspace, new DeviceAddEmulatedCommand()).exit(), "--count is required");
	}

	@Test
	void removeAsksFirstThenRemovesOnlyTheFleet() throws Exception {
		assertEquals(0, Cli.run(workspace, new DeviceAddEmulatedCommand(), "--count", "2").exit());
		Cli.Result refused = Cli.run(workspace, new DeviceRemoveEmulatedCommand());
		assertEquals(1, refused.exit());
		assertTrue(refused.err().contains("nothing removed: no confirmation"), refused.err());
		assertEquals(2, DeviceManager.forWorkspace(workspace).emulatedThings().size());
		Cli.Result removed = Cli.run(workspace, new DeviceRemoveEmulatedCommand(), "--yes");
		assertEquals(0, removed.exit(), removed.err());
		assertEquals("removed 2 emulated things", removed.out().trim());
		String list = Cli.run(workspace, new DeviceListCommand()).out();
		assertTrue(list.contains("emu-thing") && !list.contains("emu-thing-001"), list);
	}
}
