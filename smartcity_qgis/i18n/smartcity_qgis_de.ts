<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
  <context>
    <name>SmartCity</name>
    <message>
      <location filename="smartcity_qgis/core/errors.py" />
      <source>Access denied (HTTP {status}) for {url}. Check the authentication configuration of this connection.</source>
      <translation>Zugriff verweigert (HTTP {status}) für {url}. Bitte die Authentifizierungskonfiguration dieser Verbindung prüfen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/errors.py" />
      <source>Cancelled by the user.</source>
      <translation>Vom Benutzer abgebrochen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/errors.py" />
      <source>Not found (HTTP {status}): {url}</source>
      <translation>Nicht gefunden (HTTP {status}): {url}</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/errors.py" />
      <source>The server failed (HTTP {status}) for {url}. {reason}</source>
      <translation>Serverfehler (HTTP {status}) für {url}. {reason}</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/errors.py" />
      <source>The server refused the request (HTTP {status}) for {url}. {reason}</source>
      <translation>Der Server hat die Anfrage abgelehnt (HTTP {status}) für {url}. {reason}</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking_feeds.py" />
      <source>Unknown parking feed format: expected ParkAPI, DATEX II, NGSI or GeoJSON.</source>
      <translation>Unbekanntes Format des Parkdaten-Feeds: erwartet wird ParkAPI, DATEX II, NGSI oder GeoJSON.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking_feeds.py" />
      <source>The parking feed is not valid JSON ({detail}).</source>
      <translation>Der Parkdaten-Feed ist kein gültiges JSON ({detail}).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking_feeds.py" />
      <source>The DATEX II document is not valid XML ({detail}).</source>
      <translation>Das DATEX-II-Dokument ist kein gültiges XML ({detail}).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/sensorthings.py" />
      <source>The server's paging link repeats ({url}); stopped to avoid an endless loop.</source>
      <translation>Der Blätter-Link des Servers wiederholt sich ({url}); abgebrochen, um eine Endlosschleife zu vermeiden.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/sensorthings.py" />
      <source>The answer from {url} is not a SensorThings collection (no 'value' list).</source>
      <translation>Die Antwort von {url} ist keine SensorThings-Sammlung (keine 'value'-Liste).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/sources.py" />
      <source>No input given: enter a URL or choose a file.</source>
      <translation>Keine Eingabe: bitte eine URL eingeben oder eine Datei wählen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/sources.py" />
      <source>The file {path} does not exist or is not a file.</source>
      <translation>Die Datei {path} existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/transport.py" />
      <source>No answer from {url} within {seconds} s (timeout). Try again later or raise the network timeout in the Smart City settings.</source>
      <translation>Keine Antwort von {url} innerhalb von {seconds} s (Zeitüberschreitung). Bitte später erneut versuchen oder die Netzwerk-Zeitüberschreitung in den Smart-City-Einstellungen erhöhen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/transport.py" />
      <source>Could not connect to {url}: {reason}</source>
      <translation>Keine Verbindung zu {url}: {reason}</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/transport.py" />
      <source>The server at {url} did not send valid JSON ({detail}).</source>
      <translation>Der Server unter {url} hat kein gültiges JSON geliefert ({detail}).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/plugin.py" />
      <source>Smart City panel</source>
      <translation>Smart-City-Bedienfeld</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/plugin.py" />
      <source>Show or hide the Smart City panel</source>
      <translation>Smart-City-Bedienfeld ein- oder ausblenden</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/base.py" />
      <source>Urban data platform</source>
      <translation>Urbane Datenplattform</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/base.py" />
      <source>Parking</source>
      <translation>Parken</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/base.py" />
      <source>Heavy rain</source>
      <translation>Starkregen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/base.py" />
      <source>School routes</source>
      <translation>Schulwege</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/base.py" />
      <source>Digital twin export</source>
      <translation>Export in den digitalen Zwilling</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking_feed.py" />
      <source>Detect automatically</source>
      <translation>Automatisch erkennen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking_feed.py" />
      <source>ParkAPI (lot list or v3)</source>
      <translation>ParkAPI (Parkplatzliste oder v3)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking_feed.py" />
      <source>DATEX II 2.x</source>
      <translation>DATEX II 2.x</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking_feed.py" />
      <source>NGSI-LD / NGSI-v2 (Smart Data Models)</source>
      <translation>NGSI-LD / NGSI-v2 (Smart Data Models)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking_feed.py" />
      <source>GeoJSON points</source>
      <translation>GeoJSON-Punkte</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking_feed.py" />
      <source>Load parking feed</source>
      <translation>Parkdaten-Feed laden</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking_feed.py" />
      <source>Reads a parking feed from a URL or a file and writes one point per car park, parking lot or parking bay in a common schema: id, name, type, capacity, free, occupied, occupancy rate (occ_rate, 0–1), status, observation time (UTC), plausibility issues and source.

Supported feeds: ParkAPI lot lists and ParkAPI v3 sites, DATEX II 2.x parking tables (add the status publication as second source for live counts), NGSI-LD and NGSI-v2 parking entities (Smart Data Models OffStreetParking, OnStreetParking, ParkingSpot) and GeoJSON points.

Missing counts are derived from capacity where possible. Implausible values (free &gt; capacity, negative counts) and facilities without coordinates are kept and listed in the issues field.

For protected feeds choose an authentication configuration: credentials stay in the QGIS authentication database.</source>
      <translation>Liest einen Parkdaten-Feed von einer URL oder aus einer Datei und schreibt je Parkhaus, Parkplatz oder Stellplatz einen Punkt in einem einheitlichen Schema: ID, Name, Typ, Kapazität, frei, belegt, Auslastung (occ_rate, 0–1), Status, Beobachtungszeit (UTC), Plausibilitätshinweise und Quelle.

Unterstützte Feeds: ParkAPI-Parkplatzlisten und ParkAPI-v3-Standorte, DATEX-II-2.x-Parktabellen (für aktuelle Belegung die Statuspublikation als zweite Quelle angeben), NGSI-LD- und NGSI-v2-Parkentitäten (Smart Data Models OffStreetParking, OnStreetParking, ParkingSpot) sowie GeoJSON-Punkte.

Fehlende Zählwerte werden, wo möglich, aus der Kapazität abgeleitet. Unplausible Werte (frei &gt; Kapazität, negative Zählwerte) und Anlagen ohne Koordinaten bleiben erhalten und werden im Feld issues aufgeführt.

Für geschützte Feeds eine Authentifizierungskonfiguration wählen: Zugangsdaten bleiben in der QGIS-Authentifizierungsdatenbank.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking_feed.py" />
      <source>Reading the parking feed …</source>
      <translation>Parkdaten-Feed wird gelesen …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking_feed.py" />
      <source>Feed URL or file</source>
      <translation>Feed-URL oder Datei</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking_feed.py" />
      <source>DATEX II status publication (URL or file)</source>
      <translation>DATEX-II-Statuspublikation (URL oder Datei)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking_feed.py" />
      <source>Feed format</source>
      <translation>Feed-Format</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking_feed.py" />
      <source>Authentication</source>
      <translation>Authentifizierung</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking_feed.py" />
      <source>Parking facilities</source>
      <translation>Parkierungsanlagen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking_feed.py" />
      <source>The feed contains no parking facilities.</source>
      <translation>Der Feed enthält keine Parkierungsanlagen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking_feed.py" />
      <source>{count} facilities loaded, {flagged} with issues (no location or implausible counts: see the issues field).</source>
      <translation>{count} Anlagen geladen, davon {flagged} mit Hinweisen (ohne Lage oder mit unplausiblen Zählwerten: siehe Feld issues).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/provider.py" />
      <source>Smart City</source>
      <translation>Smart City</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/provider.py" />
      <source>Smart City: urban data platforms, parking, heavy rain, school routes, digital twin</source>
      <translation>Smart City: urbane Datenplattformen, Parken, Starkregen, Schulwege, digitaler Zwilling</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/capability_page.py" />
      <source>Load sensors and parking data from urban data platforms: OGC SensorThings API (FROST), FIWARE NGSI-LD / NGSI-v2, ParkAPI and DATEX II.</source>
      <translation>Sensor- und Parkdaten aus urbanen Datenplattformen laden: OGC SensorThings API (FROST), FIWARE NGSI-LD / NGSI-v2, ParkAPI und DATEX II.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/capability_page.py" />
      <source>Occupancy, saturation and turnover of car parks and on-street bays, availability near destinations and forecasts.</source>
      <translation>Auslastung, Überlastung und Umschlag von Parkhäusern und Stellplätzen im Straßenraum, Verfügbarkeit nahe Zielen und Prognosen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/capability_page.py" />
      <source>Heavy-rain (Starkregen) hazard from a terrain model: sinks, flow paths, water depths of a design rain and affected buildings.</source>
      <translation>Starkregengefährdung aus einem Geländemodell: Senken, Fließwege, Wassertiefen eines Bemessungsregens und betroffene Gebäude.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/capability_page.py" />
      <source>School-route safety: walking network, safest and shortest routes, catchments and hazard hotspots.</source>
      <translation>Schulwegsicherheit: Fußwegenetz, sicherste und kürzeste Wege, Einzugsbereiche und Gefahrenschwerpunkte.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/capability_page.py" />
      <source>Export analysis results into the municipal digital twin (CityGML, CityJSON).</source>
      <translation>Analyseergebnisse in den kommunalen digitalen Zwilling exportieren (CityGML, CityJSON).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/capability_page.py" />
      <source>No tools of this kind in this version yet.</source>
      <translation>In dieser Version gibt es hierfür noch keine Werkzeuge.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/settings_page.py" />
      <source>Network timeout</source>
      <translation>Netzwerk-Zeitüberschreitung</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/settings_page.py" />
      <source>Maximum features per download</source>
      <translation>Maximale Anzahl Objekte je Download</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/settings_page.py" />
      <source>Default CRS for twin exports</source>
      <translation>Standard-KBS für Exporte in den Zwilling</translation>
    </message>
  </context>
</TS>
