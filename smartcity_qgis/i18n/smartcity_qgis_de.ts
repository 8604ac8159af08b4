<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
  <context>
    <name>SmartCity</name>
    <message>
      <location filename="smartcity_qgis/core/engines.py" />
      <source>Cannot reach the Dask scheduler at {address}: {reason}</source>
      <translation>Der Dask-Scheduler unter {address} ist nicht erreichbar: {reason}</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/errors.py" />
      <source>Access denied (HTTP {status}) for {url}. Check the authentication configuration of this connection.</source>
      <translation>Zugriff verweigert (HTTP {status}) für {url}. Prüfen Sie bitte die Authentifizierungskonfiguration dieser Verbindung.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/errors.py" />
      <source>Cancelled by the user.</source>
      <translation>Vom Benutzer abgebrochen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/errors.py" />
      <source>Not found (HTTP {status}): {url} {reason}</source>
      <translation>Nicht gefunden (HTTP {status}): {url} {reason}</translation>
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
      <location filename="smartcity_qgis/core/grid.py" />
      <source>The DEM holds no data (every cell is nodata).</source>
      <translation>Das DGM enthält keine Daten (jede Zelle ist NoData).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/grid.py" />
      <source>The DEM's cell size must be positive.</source>
      <translation>Die Zellgröße des DGM muss positiv sein.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/grid.py" />
      <source>The DEM has {cells:,} cells and needs about {needed:.1f} GB of memory, but only {available:.1f} GB are free. Filling, sink depth and contributing area of a DEM this large run tile by tile in 'Large area: filling and flow from DEM tiles'; for the other analyses clip the DEM to the area of interest or use a coarser cell size.</source>
      <translation>Das DGM hat {cells:,} Zellen und braucht etwa {needed:.1f} GB Arbeitsspeicher, frei sind aber nur {available:.1f} GB. Auffüllen, Senkentiefe und Einzugsfläche eines so großen DGM berechnet „Großes Gebiet: Auffüllen und Abfluss aus DGM-Kacheln“ Kachel für Kachel; für die übrigen Analysen schneiden Sie das DGM auf das Untersuchungsgebiet zu oder verwenden Sie eine gröbere Zellgröße.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/heavyrain/simulation.py" />
      <source>Rain depth and duration must be more than 0.</source>
      <translation>Regenhöhe und Dauer müssen größer als 0 sein.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/heavyrain/simulation.py" />
      <source>The rain table is empty.</source>
      <translation>Die Regentabelle ist leer.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/heavyrain/simulation.py" />
      <source>The rain gauge has no usable observation (a time and 0 mm or more).</source>
      <translation>Der Regenschreiber hat keine brauchbare Beobachtung (eine Zeit und 0 mm oder mehr).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/heavyrain/simulation.py" />
      <source>The depths by duration need durations above 0 minutes and depths that do not fall with the duration.</source>
      <translation>Die Regenhöhen je Dauerstufe brauchen Dauern über 0 Minuten und Höhen, die mit der Dauer nicht abnehmen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/heavyrain/simulation.py" />
      <source>The longest duration ({minutes:g} minutes) must be a multiple of {interval:g} minutes.</source>
      <translation>Die längste Dauerstufe ({minutes:g} Minuten) muss ein Vielfaches von {interval:g} Minuten sein.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/heavyrain/simulation.py" />
      <source>The DEM has no valid cells.</source>
      <translation>Das Geländemodell hat keine gültigen Zellen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/heavyrain/simulation.py" />
      <source>The roughness (Manning's n) must be a number more than 0 in every cell.</source>
      <translation>Die Rauheit (Manning-Beiwert n) muss in jeder Zelle eine Zahl größer als 0 sein.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/heavyrain/simulation.py" />
      <source>The losses must be a number of 0 mm/h or more in every cell.</source>
      <translation>Die Verluste müssen in jeder Zelle eine Zahl von 0 mm/h oder mehr sein.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/heavyrain/simulation.py" />
      <source>The rain table needs rising end minutes and rain depths of 0 mm or more.</source>
      <translation>Die Regentabelle braucht aufsteigende Endminuten und Regenhöhen von 0 mm oder mehr.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/heavyrain/simulation.py" />
      <source>'{part}' is not 'minute:mm' - write the hyetograph as e.g. '10:5, 20:25, 30:10'.</source>
      <translation>„{part}“ ist nicht „Minute:mm“ – schreiben Sie den Hyetographen z. B. als „10:5, 20:25, 30:10“.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/heavyrain/terrain.py" />
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/heavyrain/terrain.py" />
      <source>low</source>
      <translation>gering</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/heavyrain/terrain.py" />
      <source>moderate</source>
      <translation>mäßig</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/heavyrain/terrain.py" />
      <source>high</source>
      <translation>hoch</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/heavyrain/terrain.py" />
      <source>very high</source>
      <translation>sehr hoch</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/heavyrain/terrain.py" />
      <source>The rain depth must be more than 0 mm.</source>
      <translation>Die Regenhöhe muss größer als 0 mm sein.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/heavyrain/terrain.py" />
      <source>The drainage capacity cannot be negative.</source>
      <translation>Die Ableitung durch die Kanalisation kann nicht negativ sein.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/heavyrain/tile_rasters.py" />
      <source>The folder {folder} holds no DEM tiles (GeoTIFF .tif, ASCII grid .asc or XYZ .xyz).</source>
      <translation>Der Ordner {folder} enthält keine DGM-Kacheln (GeoTIFF .tif, ASCII-Grid .asc oder XYZ .xyz).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/heavyrain/tile_rasters.py" />
      <source>The DEM tiles have different cell sizes ({sizes}): resample them to one grid first.</source>
      <translation>Die DGM-Kacheln haben unterschiedliche Zellgrößen ({sizes}): Bringen Sie sie zuerst auf ein gemeinsames Raster.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/heavyrain/tile_rasters.py" />
      <source>GDAL cannot join the DEM tiles into one mosaic: {reason}</source>
      <translation>GDAL kann die DGM-Kacheln nicht zu einem Mosaik zusammensetzen: {reason}</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/heavyrain/tile_rasters.py" />
      <source>The DEM tiles in {name} have no CRS: give the CRS of the tiles (e.g. EPSG:25832).</source>
      <translation>Die DGM-Kacheln in {name} haben kein KBS: Geben Sie das KBS der Kacheln an (z. B. EPSG:25832).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/heavyrain/tile_rasters.py" />
      <source>The DEM {name} is not on a projected grid in metres: reproject it first (e.g. to EPSG:25832).</source>
      <translation>Das DGM {name} liegt nicht in einem projizierten Raster in Metern: Projizieren Sie es zuerst um (z. B. nach EPSG:25832).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/heavyrain/tile_rasters.py" />
      <source>GDAL cannot read the DEM tile {path}.</source>
      <translation>GDAL kann die DGM-Kachel {path} nicht lesen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/heavyrain/tile_rasters.py" />
      <source>The DEM tile {path} is rotated: warp it to a north-up grid first.</source>
      <translation>Die DGM-Kachel {path} ist gedreht: Transformieren Sie sie zuerst auf ein nordorientiertes Raster.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/availability.py" />
      <source>No facility has a location, a capacity and an expected occupancy.</source>
      <translation>Keine Anlage hat einen Standort, eine Kapazität und eine erwartete Auslastung.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/forecast.py" />
      <source>Not enough observed hours for a forecast.</source>
      <translation>Zu wenige beobachtete Stunden für eine Prognose.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>Circle size: capacity; colour: share of the time at or above the threshold. The biggest facilities are named; hover over a circle for its figures.</source>
      <translation>Kreisgröße: Kapazität; Farbe: Zeitanteil ab dem Schwellenwert. Die größten Anlagen sind beschriftet; mit der Maus über einem Kreis erscheinen seine Werte.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>Grey: no data in that hour. The 02:00 hour of the Sunday the clocks go forward does not exist in local time, so with only that Sunday in the period it stays grey.</source>
      <translation>Grau: keine Daten in dieser Stunde. Die Stunde 02:00 am Sonntag der Umstellung auf Sommerzeit gibt es in Ortszeit nicht; liegt nur dieser Sonntag im Zeitraum, bleibt sie grau.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>Mon</source>
      <translation>Mo</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>Tue</source>
      <translation>Di</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>Wed</source>
      <translation>Mi</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>Thu</source>
      <translation>Do</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>Fri</source>
      <translation>Fr</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>Sat</source>
      <translation>Sa</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>Sun</source>
      <translation>So</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>no data</source>
      <translation>keine Daten</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>Hour of the day, local time ({zone})</source>
      <translation>Stunde des Tages, Ortszeit ({zone})</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>Day (lines at midnight, local time {zone})</source>
      <translation>Tag (Linien um Mitternacht, Ortszeit {zone})</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>Facility</source>
      <translation>Anlage</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>Capacity</source>
      <translation>Kapazität</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>Data coverage</source>
      <translation>Datenabdeckung</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>Mean occupancy</source>
      <translation>Mittlere Auslastung</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>95th percentile</source>
      <translation>95. Perzentil</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>Hours at or above threshold</source>
      <translation>Stunden ab Schwellenwert</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>Share of time at or above threshold</source>
      <translation>Zeitanteil ab Schwellenwert</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>Issues</source>
      <translation>Auffälligkeiten</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>Period</source>
      <translation>Zeitraum</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>Times</source>
      <translation>Zeiten</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>Saturation threshold</source>
      <translation>Sättigungsschwelle</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>Facilities</source>
      <translation>Anlagen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>Overview</source>
      <translation>Überblick</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>All facilities: mean occupancy by weekday and hour (local time)</source>
      <translation>Alle Anlagen: mittlere Auslastung nach Wochentag und Stunde (Ortszeit)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>Zone</source>
      <translation>Zone</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>Bays</source>
      <translation>Stellplätze</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>Sessions</source>
      <translation>Parkvorgänge</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>Median dwell (min)</source>
      <translation>Median der Parkdauer (min)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>Share over the limit</source>
      <translation>Anteil über der Höchstdauer</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>Turnover per bay and day</source>
      <translation>Umschlag je Stellplatz und Tag</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>Facilities in detail</source>
      <translation>Anlagen im Einzelnen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>On-street turnover by zone</source>
      <translation>Parkraumumschlag im Straßenraum nach Zone</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>The busiest facilities with data are shown.</source>
      <translation>Gezeigt werden die am stärksten ausgelasteten Anlagen mit Daten.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>local time ({zone})</source>
      <translation>Ortszeit ({zone})</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/report.py" />
      <source>Map: share of time at or above the threshold</source>
      <translation>Karte: Zeitanteil ab Schwellenwert</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/stats.py" />
      <source>The saturation threshold must be a share between 0 and 1.5 (e.g. 0.85).</source>
      <translation>Die Sättigungsschwelle muss ein Anteil zwischen 0 und 1,5 sein (z. B. 0,85).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/stats.py" />
      <source>No observation belongs to a known facility in this period.</source>
      <translation>Keine Beobachtung gehört in diesem Zeitraum zu einer bekannten Anlage.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/stats.py" />
      <source>The period is empty: its end must lie after its start.</source>
      <translation>Der Zeitraum ist leer: sein Ende muss nach seinem Beginn liegen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/stats.py" />
      <source>No usable observation in this period (see the issues of the facilities).</source>
      <translation>Keine verwertbare Beobachtung in diesem Zeitraum (siehe die Auffälligkeiten der Anlagen).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/stats.py" />
      <source>{count} observations name facilities that are not in the facility layer (e.g. {example}); they are ignored.</source>
      <translation>{count} Beobachtungen nennen Anlagen, die nicht im Anlagen-Layer stehen (z. B. {example}); sie werden übergangen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/turnover.py" />
      <source>No readable bay status events (occupied/free with a time).</source>
      <translation>Keine lesbaren Belegungsereignisse (belegt/frei mit Zeitpunkt).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/parking/turnover.py" />
      <source>The events span only {minutes:.1f} minutes: turnover per day needs at least an hour of events (or a period set explicitly).</source>
      <translation>Die Ereignisse umfassen nur {minutes:.1f} Minuten: Der Umschlag pro Tag braucht mindestens eine Stunde an Ereignissen (oder einen ausdrücklich gesetzten Zeitraum).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/platforms/connection.py" />
      <source>NGSI brokers list entities by type: enter one or more entity types.</source>
      <translation>NGSI-Broker listen Entitäten nach Typ: Geben Sie bitte einen oder mehrere Entitätstypen an.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/platforms/connection.py" />
      <source>NGSI-v2 has no standard history interface; use the broker's NGSI-LD temporal API or a SensorThings endpoint for time series.</source>
      <translation>NGSI-v2 hat keine genormte Verlaufsschnittstelle; für Zeitreihen die zeitliche NGSI-LD-API des Brokers oder einen SensorThings-Dienst verwenden.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/platforms/ngsi.py" />
      <source>The history of {stream} was cut after {count} partial answers.</source>
      <translation>Der Verlauf von {stream} wurde nach {count} Teilantworten abgeschnitten.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/platforms/ngsi.py" />
      <source>Entity {entity} has no measured attribute '{attribute}'.</source>
      <translation>Entität {entity} hat kein Messattribut „{attribute}“.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/platforms/ngsi.py" />
      <source>'{stream}' is not an NGSI stream id; expected &lt;entity id&gt;#&lt;attribute&gt;.</source>
      <translation>„{stream}“ ist keine NGSI-Datenstrom-Kennung; erwartet wird &lt;Entitäts-ID&gt;#&lt;Attribut&gt;.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/platforms/ngsi.py" />
      <source>The answer from {url} is not an NGSI entity.</source>
      <translation>Die Antwort von {url} ist keine NGSI-Entität.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/platforms/ngsi.py" />
      <source>The answer from {url} is not a list of NGSI entities.</source>
      <translation>Die Antwort von {url} ist keine Liste von NGSI-Entitäten.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/platforms/ngsi.py" />
      <source>The server's paging repeats ({url}); stopped to avoid an endless loop.</source>
      <translation>Die Seitenabfrage des Servers wiederholt sich ({url}); abgebrochen, um eine Endlosschleife zu vermeiden.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/platforms/ngsi.py" />
      <source>The answer from {url} is not an NGSI-LD temporal entity.</source>
      <translation>Die Antwort von {url} ist keine zeitliche NGSI-LD-Entität.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/platforms/ngsi.py" />
      <source>The broker sent only part of the history of {stream} ({count} values) and no range to continue from.</source>
      <translation>Der Broker hat nur einen Teil des Verlaufs von {stream} gesendet ({count} Werte) und keinen Bereich, ab dem weitergelesen werden kann.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/platforms/ngsi.py" />
      <source>The broker does not support geographic queries; the bounding box is applied locally.</source>
      <translation>Der Broker unterstützt keine räumlichen Abfragen; das Rechteck wird lokal angewendet.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/platforms/parking_feeds.py" />
      <source>Unknown parking feed format: expected ParkAPI, DATEX II, NGSI or GeoJSON.</source>
      <translation>Unbekanntes Format des Parkdaten-Feeds: erwartet wird ParkAPI, DATEX II, NGSI oder GeoJSON.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/platforms/parking_feeds.py" />
      <source>The {where} feed's '{key}' is not a list.</source>
      <translation>„{key}“ im {where}-Feed ist keine Liste.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/platforms/parking_feeds.py" />
      <source>Entry {number} of the {where} feed's '{key}' is not an object.</source>
      <translation>Eintrag {number} von „{key}“ im {where}-Feed ist kein Objekt.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/platforms/parking_feeds.py" />
      <source>The parking feed is not valid JSON ({detail}).</source>
      <translation>Der Parkdaten-Feed ist kein gültiges JSON ({detail}).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/platforms/parking_feeds.py" />
      <source>The parking feed is nested too deeply to be a parking feed.</source>
      <translation>Der Parkdaten-Feed ist zu tief verschachtelt, um ein Parkdaten-Feed zu sein.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/platforms/parking_feeds.py" />
      <source>'{part}' is no field mapping: write role=property with a role from {roles}.</source>
      <translation>„{part}“ ist keine Feldzuordnung: schreiben Sie Rolle=Eigenschaft mit einer Rolle aus {roles}.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/platforms/parking_feeds.py" />
      <source>Entry {number} of the NGSI feed is not an object.</source>
      <translation>Eintrag {number} des NGSI-Feeds ist kein Objekt.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/platforms/sensorthings.py" />
      <source>The answer from {url} is not a SensorThings collection (no 'value' list).</source>
      <translation>Die Antwort von {url} ist keine SensorThings-Sammlung (keine 'value'-Liste).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/platforms/sensorthings.py" />
      <source>{url} is not a SensorThings service root (no list of entity sets).</source>
      <translation>{url} ist kein SensorThings-Dienstwurzelpunkt (keine Liste von Entitätsmengen).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/platforms/sensorthings.py" />
      <source>The server does not support spatial filters; the bounding box is applied locally.</source>
      <translation>Der Server unterstützt keine räumlichen Filter; das Rechteck wird lokal angewendet.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/platforms/sensorthings.py" />
      <source>The server cannot sort observations by phenomenon time; the latest value is taken by result time.</source>
      <translation>Der Server kann Beobachtungen nicht nach Phänomenzeit sortieren; der letzte Wert wird nach Ergebniszeit bestimmt.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/platforms/sensorthings.py" />
      <source>The server cannot include the latest observation in a listing; it is fetched per datastream, which takes longer.</source>
      <translation>Der Server kann die letzte Beobachtung nicht in eine Liste einbetten; sie wird je Datenstrom abgefragt, das dauert länger.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/platforms/sensorthings.py" />
      <source>The server cannot sort observations by time; they are loaded in the order of their ids.</source>
      <translation>Der Server kann Beobachtungen nicht nach Zeit sortieren; sie werden in der Reihenfolge ihrer IDs geladen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/platforms/sensorthings.py" />
      <source>The server announced {total} observations but sent {count}.</source>
      <translation>Der Server kündigte {total} Beobachtungen an, lieferte aber {count}.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/platforms/sensorthings.py" />
      <source>The answer from {url} is not a Datastream.</source>
      <translation>Die Antwort von {url} ist kein Datenstrom (Datastream).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/platforms/sensorthings.py" />
      <source>The server's paging link is not a URL ({link}).</source>
      <translation>Der Blätter-Link des Servers ist keine URL ({link}).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/platforms/sensorthings.py" />
      <source>The server's paging link repeats ({url}); stopped to avoid an endless loop.</source>
      <translation>Der Blätter-Link des Servers wiederholt sich ({url}); abgebrochen, um eine Endlosschleife zu vermeiden.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/platforms/sensorthings.py" />
      <source>The server sent {count} pages in a row without new data ({url}); stopped to avoid an endless loop.</source>
      <translation>Der Server hat {count} Seiten nacheinander ohne neue Daten gesendet ({url}); abgebrochen, um eine Endlosschleife zu vermeiden.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/platforms/sources.py" />
      <source>No input given: enter a URL or choose a file.</source>
      <translation>Keine Eingabe: bitte eine URL eingeben oder eine Datei wählen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/platforms/sources.py" />
      <source>The file {path} does not exist or is not a file.</source>
      <translation>Die Datei {path} existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/safe_xml.py" />
      <source>{name} declares XML entities in its document type (DOCTYPE). Such files are refused because entities can expand without limit or read local files; remove the DOCTYPE.</source>
      <translation>{name} deklariert XML-Entitäten in der Dokumenttyp-Deklaration (DOCTYPE). Solche Dateien werden abgelehnt, weil Entitäten unbegrenzt anwachsen oder lokale Dateien lesen können; entfernen Sie die DOCTYPE-Deklaration.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/safe_xml.py" />
      <source>{name} is not well-formed XML ({detail}).</source>
      <translation>{name} ist kein wohlgeformtes XML ({detail}).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/schoolroutes/accidents.py" />
      <source>{name} is not an Unfallatlas file: it needs the columns UKATEGORIE and LINREFX/LINREFY or XGCSWGS84/YGCSWGS84 (found: {columns}).</source>
      <translation>{name} ist keine Unfallatlas-Datei: Sie braucht die Spalten UKATEGORIE und LINREFX/LINREFY oder XGCSWGS84/YGCSWGS84 (gefunden: {columns}).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/schoolroutes/accidents.py" />
      <source>{name} is empty.</source>
      <translation>{name} ist leer.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/schoolroutes/routes.py" />
      <source>No school lies within {distance} m of the walking network.</source>
      <translation>Keine Schule liegt näher als {distance} m am Fußwegenetz.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/schoolroutes/routes.py" />
      <source>{count} homes are further than {distance} m from the walking network.</source>
      <translation>{count} Wohnadressen liegen weiter als {distance} m vom Fußwegenetz entfernt.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/schoolroutes/routes.py" />
      <source>{count} homes cannot reach their school on the network (separate parts).</source>
      <translation>{count} Wohnadressen erreichen ihre Schule auf dem Netz nicht (getrennte Netzteile).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/schoolroutes/routes.py" />
      <source>{count} schools are further than {distance} m from the network and are left out.</source>
      <translation>{count} Schulen liegen weiter als {distance} m vom Netz entfernt und bleiben außen vor.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/schoolroutes/walk_network.py" />
      <source>The input has no walkable ways (footways, paths, residential streets …).</source>
      <translation>Die Eingabe enthält keine begehbaren Wege (Fußwege, Pfade, Wohnstraßen …).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/schoolroutes/walk_network.py" />
      <source>The network layer has no lines.</source>
      <translation>Der Netz-Layer enthält keine Linien.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/separate_python.py" />
      <source>No Python interpreter of version {version} was found beside QGIS.</source>
      <translation>Neben QGIS wurde kein Python-Interpreter der Version {version} gefunden.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/separate_python.py" />
      <source>The separate Python process stopped with an error: {detail}</source>
      <translation>Der separate Python-Prozess brach mit einem Fehler ab: {detail}</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/transport.py" />
      <source>No answer from {url} within {seconds} s (timeout). Try again later or raise the network timeout in the Smart City settings.</source>
      <translation>Keine Antwort von {url} innerhalb von {seconds} s (Zeitüberschreitung). Versuchen Sie es bitte später erneut, oder erhöhen Sie die Netzwerk-Zeitüberschreitung in den Smart-City-Einstellungen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/transport.py" />
      <source>Could not connect to {url}: {reason}</source>
      <translation>Keine Verbindung zu {url}: {reason}</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/transport.py" />
      <source>Too many redirects (more than {count}) at {url}; stopped.</source>
      <translation>Zu viele Weiterleitungen (mehr als {count}) bei {url}; abgebrochen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/transport.py" />
      <source>The answer from {url} is larger than {limit:g} MB and was not read (the limit is set in the Smart City settings).</source>
      <translation>Die Antwort von {url} ist größer als {limit:g} MB und wurde nicht gelesen (die Grenze wird in den Smart-City-Einstellungen festgelegt).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/transport.py" />
      <source>The answer from {url} took longer than {seconds:g} s in all and was stopped (the limit is set in the Smart City settings).</source>
      <translation>Die Antwort von {url} hat insgesamt länger als {seconds:g} s gedauert und wurde abgebrochen (die Grenze wird in den Smart-City-Einstellungen festgelegt).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/transport.py" />
      <source>The server at {url} redirected to an unusable address ({location}).</source>
      <translation>Der Server unter {url} hat auf eine unbrauchbare Adresse weitergeleitet ({location}).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/transport.py" />
      <source>The server at {url} did not send valid JSON ({detail}).</source>
      <translation>Der Server unter {url} hat kein gültiges JSON geliefert ({detail}).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/twin/city_model_reader.py" />
      <source>{name} is not a CityJSON file ({detail}).</source>
      <translation>{name} ist keine CityJSON-Datei ({detail}).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/twin/city_model_reader.py" />
      <source>The CityGML file {name} has a city object whose geometry cannot be read ({object}: {detail}).</source>
      <translation>Die CityGML-Datei {name} enthält ein Stadtobjekt, dessen Geometrie nicht lesbar ist ({object}: {detail}).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/twin/city_model_reader.py" />
      <source>{name} is not a valid CityJSON file: its city objects, vertices or transform are malformed.</source>
      <translation>{name} ist keine gültige CityJSON-Datei: Stadtobjekte, Eckpunkte oder Transformation sind fehlerhaft.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/twin/citygml.py" />
      <source>There is nothing to export.</source>
      <translation>Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/twin/citygml.py" />
      <source>Unknown city object type '{kind}'.</source>
      <translation>Unbekannter Stadtobjekttyp „{kind}“.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/twin/citygml_enrich.py" />
      <source>The CityGML file {name} is not well-formed XML ({detail}).</source>
      <translation>Die CityGML-Datei {name} ist kein wohlgeformtes XML ({detail}).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/twin/citygml_enrich.py" />
      <source>Only CityGML 1.0 and 2.0 files can be enriched (found {namespace}).</source>
      <translation>Nur CityGML 1.0 und 2.0 können angereichert werden (gefunden: {namespace}).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/twin/citygml_enrich.py" />
      <source>{path} is not a CityGML file (no CityModel element).</source>
      <translation>{path} ist keine CityGML-Datei (kein CityModel-Element).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/twin/citygml_enrich.py" />
      <source>Unknown attribute type '{kind}'.</source>
      <translation>Unbekannter Attributtyp „{kind}“.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/twin/citygml_enrich.py" />
      <source>'{item}' is not 'field: type' or 'field: measure unit' (types: {kinds}).</source>
      <translation>„{item}“ hat nicht die Form „Feld: Typ“ oder „Feld: measure Einheit“ (Typen: {kinds}).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/twin/citygml_enrich.py" />
      <source>The root element of the CityGML file cannot be written again ({detail}).</source>
      <translation>Das Wurzelelement der CityGML-Datei lässt sich nicht wieder schreiben ({detail}).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/twin/dynamizer.py" />
      <source>The sensor ids are not unique.</source>
      <translation>Die Sensor-IDs sind nicht eindeutig.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/twin/tiles3d.py" />
      <source>3D Tiles need coordinates in ETRS89 / UTM (e.g. EPSG:25832 or 25833); EPSG:{epsg} is not supported.</source>
      <translation>3D Tiles brauchen Koordinaten in ETRS89 / UTM (z. B. EPSG:25832 oder 25833); EPSG:{epsg} wird nicht unterstützt.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/twin/tiles3d.py" />
      <source>There are no buildings or surfaces to put into 3D Tiles.</source>
      <translation>Es gibt keine Gebäude oder Flächen für 3D Tiles.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/twin/validation.py" />
      <source>{name} is not CityGML 1.0, 2.0 or 3.0 (its namespaces name no single version).</source>
      <translation>{name} ist kein CityGML 1.0, 2.0 oder 3.0 (seine Namensräume nennen keine eindeutige Version).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/core/twin/validation.py" />
      <source>{name} cannot be read as XML ({detail}).</source>
      <translation>{name} kann nicht als XML gelesen werden ({detail}).</translation>
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
      <location filename="smartcity_qgis/plugin.py" />
      <source>Load example project…</source>
      <translation>Beispielprojekt laden …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/plugin.py" />
      <source>The demo town Herrenberg, its analyses run and styled, as a project in a folder you choose</source>
      <translation>Die Demo-Stadt Herrenberg mit fertig gerechneten und gestalteten Analysen als Projekt in einem Ordner Ihrer Wahl</translation>
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
      <location filename="smartcity_qgis/processing/base.py" />
      <source>points</source>
      <translation>Punkte</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/base.py" />
      <source>lines</source>
      <translation>Linien</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/base.py" />
      <source>polygons</source>
      <translation>Polygone</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/base.py" />
      <source>no geometries</source>
      <translation>keine Geometrien</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/base.py" />
      <source>Example, run in the folder of the example project (Plugins ▸ Smart City ▸ Load example project; server and ids: those of your platform):</source>
      <translation>Beispiel, ausgeführt im Ordner des Beispielprojekts (Erweiterungen ▸ Smart City ▸ Beispielprojekt laden; Server und IDs: die Ihrer Plattform):</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/base.py" />
      <source>The field '{field}' does not exist in the input of '{parameter}'.</source>
      <translation>Das Feld „{field}“ gibt es in der Eingabe von „{parameter}“ nicht.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/base.py" />
      <source>The input '{input}' holds {found}, but {needed} are needed here.</source>
      <translation>Die Eingabe „{input}“ enthält {found}, hier werden aber {needed} benötigt.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/base.py" />
      <source>{path} cannot be read ({reason}).</source>
      <translation>{path} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/base.py" />
      <source>The output folder {folder} cannot be created ({reason}).</source>
      <translation>Der Ausgabeordner {folder} kann nicht angelegt werden ({reason}).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/base.py" />
      <source>{algorithm} needs the Python package {package}, which the Python of this QGIS does not have; nothing was written. Install it - on Debian/Ubuntu: sudo apt install python3-{package}; on Windows: the OSGeo4W installer (package python3-{package}) or 'pip install {package}' in the OSGeo4W shell - and run the algorithm again.</source>
      <translation>{algorithm} braucht das Python-Paket {package}, das im Python dieser QGIS-Installation fehlt; es wurde nichts geschrieben. Installieren Sie es – unter Debian/Ubuntu: sudo apt install python3-{package}; unter Windows: mit dem OSGeo4W-Installer (Paket python3-{package}) oder „pip install {package}“ in der OSGeo4W-Shell – und starten Sie den Algorithmus erneut.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/base.py" />
      <source>Unexpected error in {algorithm}; nothing was written. The details are in the Smart City log (View → Panels → Log Messages).</source>
      <translation>Unerwarteter Fehler in {algorithm}; es wurde nichts geschrieben. Die Einzelheiten stehen im Smart-City-Protokoll (Ansicht → Bedienfelder → Protokollmeldungen).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/base.py" />
      <source>'{parameter}' must be a number.</source>
      <translation>„{parameter}“ muss eine Zahl sein.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/base.py" />
      <source>unknown geometries</source>
      <translation>unbekannte Geometrien</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/affected_buildings.py" />
      <source>Affected buildings</source>
      <translation>Betroffene Gebäude</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/affected_buildings.py" />
      <source>Which buildings the water reaches: along every footprint (on the ground just outside the walls) the maximum and mean water depth from 'Design rain: fill and spill', the pond with the deepest water there, and the largest contributing area of a flow path touching it (from 'Flow paths', optional) and the fastest flow along the walls (from 'Design rain: 2D simulation', its maximum water depth and maximum flow velocity, optional).

Risk classes by the maximum depth and the depth classes: 0 none (below the first class), 1 low, 2 moderate, 3 high, 4 very high; a building touched by a flow path draining at least the given area is at least 'moderate'; water running along the walls at 0.2 / 0.5 / 2 m/s or faster (the velocity classes of the 2D simulation) makes it at least low / moderate / high. The summary table counts the buildings and their footprint area per class.</source>
      <translation>Welche Gebäude das Wasser erreicht: entlang jedes Grundrisses (auf dem Boden direkt vor den Wänden) die größte und mittlere Wassertiefe aus „Bemessungsregen: Füllen und Überlaufen“, die Senke mit dem tiefsten Wasser dort, die größte Einzugsfläche eines Fließwegs, der das Gebäude berührt (aus „Fließwege“, optional), und die schnellste Strömung an den Wänden (aus „Bemessungsregen: 2D-Simulation“, deren maximale Wassertiefe und maximale Fließgeschwindigkeit, optional).

Risikoklassen nach der größten Tiefe und den Tiefenklassen: 0 keine (unter der ersten Klasse), 1 gering, 2 mäßig, 3 hoch, 4 sehr hoch; ein Gebäude an einem Fließweg mit mindestens der angegebenen Einzugsfläche ist mindestens „mäßig“; Wasser, das mit 0,2 / 0,5 / 2 m/s oder schneller an den Wänden entlangfließt (die Geschwindigkeitsklassen der 2D-Simulation), macht es mindestens gering / mäßig / hoch. Die Übersichtstabelle zählt Gebäude und Grundfläche je Klasse.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/affected_buildings.py" />
      <source>Building footprints</source>
      <translation>Gebäudegrundrisse</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/affected_buildings.py" />
      <source>Water depth (m)</source>
      <translation>Wassertiefe (m)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/affected_buildings.py" />
      <source>Contributing area (m², optional)</source>
      <translation>Einzugsfläche (m², optional)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/affected_buildings.py" />
      <source>Maximum flow velocity (m/s, optional)</source>
      <translation>Maximale Fließgeschwindigkeit (m/s, optional)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/affected_buildings.py" />
      <source>Flow path exposure from a contributing area of (m²)</source>
      <translation>Fließweg-Betroffenheit ab einer Einzugsfläche von (m²)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/affected_buildings.py" />
      <source>Buildings with water exposure</source>
      <translation>Gebäude mit Wasserbetroffenheit</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/affected_buildings.py" />
      <source>Summary by risk class</source>
      <translation>Übersicht nach Risikoklasse</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/affected_buildings.py" />
      <source>The raster {name} must lie on the same grid as the water depths.</source>
      <translation>Das Raster {name} muss auf demselben Raster liegen wie die Wassertiefen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/affected_buildings.py" />
      <source>The building layer is empty.</source>
      <translation>Der Gebäudelayer ist leer.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/depressions.py" />
      <source>Depressions (sinks)</source>
      <translation>Senken</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/depressions.py" />
      <source>Where rain water collects: the depressions of a terrain model (e.g. DGM1), found by exact filling (each cell raised to the lowest level at which water can leave the area). Buildings can be raised as blocks so water flows around them.

Per depression: area, maximum and mean depth, volume (m³), the pour point where it overflows (x, y, height), its direct catchment (the area draining into it first), everything draining through it, and the depression it spills into (0: water leaves the area). Water reaching the raster edge or a nodata cell leaves the area.

The sink-depth raster is the filled surface minus the DEM.</source>
      <translation>Wo sich Regenwasser sammelt: die Senken eines Geländemodells (z. B. DGM1), gefunden durch exaktes Auffüllen (jede Zelle bis zur niedrigsten Höhe, bei der das Wasser das Gebiet verlassen kann). Gebäude können als Blöcke angehoben werden, damit das Wasser um sie herum fließt.

Je Senke: Fläche, größte und mittlere Tiefe, Volumen (m³), der Überlaufpunkt (x, y, Höhe), ihr direktes Einzugsgebiet (die Fläche, die zuerst in sie entwässert), alles, was durch sie hindurch fließt, und die Senke, in die sie überläuft (0: das Wasser verlässt das Gebiet). Wasser, das den Rasterrand oder eine NoData-Zelle erreicht, verlässt das Gebiet.

Das Senkentiefen-Raster ist die aufgefüllte Oberfläche minus DGM.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/depressions.py" />
      <source>Filling the depressions …</source>
      <translation>Senken werden aufgefüllt …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/depressions.py" />
      <source>Depressions</source>
      <translation>Senken</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/depressions.py" />
      <source>Sink depth</source>
      <translation>Senkentiefe</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/depressions.py" />
      <source>{count} depressions holding {volume:,.0f} m³.</source>
      <translation>{count} Senken mit zusammen {volume:,.0f} m³.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/district_terrain.py" />
      <source>Large area: filling and flow from DEM tiles</source>
      <translation>Großes Gebiet: Auffüllen und Abfluss aus DGM-Kacheln</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/district_terrain.py" />
      <source>For a district or Landkreis whose DGM1 does not fit in memory: reads a folder of DEM tiles (GeoTIFF, ESRI ASCII grid or XYZ; give the CRS for tiles without one) or one large raster (e.g. a VRT) as a virtual mosaic, never whole, and computes tile by tile the exactly filled surface, the sink depth (filled surface minus DEM), the D8 contributing area (m²) and the depressions (a point at the deepest cell with area, maximum and mean depth, volume and water level). Tiles are joined exactly across their borders: the results are identical, cell for cell and depression for depression, to those of 'Depressions (sinks)' and 'Flow paths' (D8) on the whole raster.

Where it runs: 'Automatic' uses a Dask cluster on this computer's cores when the Python packages dask and distributed are installed, else QGIS computes the tiles one after another. With a Dask scheduler address (e.g. tcp://10.0.0.5:8786) a city's cluster computes them; its workers need Python with numpy, GDAL's Python bindings (numba for speed) and must reach the tiles and the output folder under the same paths.

Results in the output folder: filled.vrt, sink_depth.vrt and contributing_area.vrt, each over a subfolder of Cloud-Optimised GeoTIFF tiles. Depression outlines, pour points and catchments, fill-spill and the 2D simulation work on one raster: run them per sub-area (e.g. clipped to a catchment).

Example: processing.run('smartcity:districtterrain', {'TILES': '/data/dgm1', 'TILES_CRS': 'EPSG:25832', 'OUTPUT': '/data/district'})</source>
      <translation>Für einen Stadtteil oder Landkreis, dessen DGM1 nicht in den Arbeitsspeicher passt: liest einen Ordner mit DGM-Kacheln (GeoTIFF, ESRI-ASCII-Grid oder XYZ; geben Sie für Kacheln ohne KBS das KBS an) oder ein großes Raster (z. B. ein VRT) als virtuelles Mosaik, nie als Ganzes, und berechnet Kachel für Kachel die exakt aufgefüllte Oberfläche, die Senkentiefe (aufgefüllte Oberfläche minus DGM), die D8-Einzugsfläche (m²) und die Senken (ein Punkt an der tiefsten Zelle mit Fläche, größter und mittlerer Tiefe, Volumen und Wasserspiegel). Die Kacheln werden über ihre Grenzen exakt zusammengeführt: Die Ergebnisse sind Zelle für Zelle und Senke für Senke gleich denen von „Senken“ und „Fließwege“ (D8) auf dem ganzen Raster.

Wo es läuft: „Automatisch“ nutzt einen Dask-Cluster auf den Kernen dieses Rechners, wenn die Python-Pakete dask und distributed installiert sind, sonst berechnet QGIS die Kacheln nacheinander. Mit der Adresse eines Dask-Schedulers (z. B. tcp://10.0.0.5:8786) rechnet der Cluster der Stadt; seine Worker brauchen Python mit numpy und den Python-Bindungen von GDAL (numba für Geschwindigkeit) und müssen die Kacheln und den Ausgabeordner unter denselben Pfaden erreichen.

Ergebnisse im Ausgabeordner: filled.vrt, sink_depth.vrt und contributing_area.vrt, jeweils über einem Unterordner mit Cloud-Optimised-GeoTIFF-Kacheln. Senkenumrisse, Überlaufpunkte und Einzugsgebiete, Füllen und Überlaufen sowie die 2D-Simulation arbeiten auf einem Raster: Führen Sie sie je Teilgebiet aus (z. B. auf ein Einzugsgebiet zugeschnitten).

Beispiel: processing.run('smartcity:districtterrain', {'TILES': '/data/dgm1', 'TILES_CRS': 'EPSG:25832', 'OUTPUT': '/data/district'})</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/district_terrain.py" />
      <source>Filling the tiles …</source>
      <translation>Kacheln werden aufgefüllt …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/district_terrain.py" />
      <source>Draining the flats across tiles …</source>
      <translation>Ebenen Flächen über Kachelgrenzen entwässern …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/district_terrain.py" />
      <source>Flow directions per tile …</source>
      <translation>Fließrichtungen je Kachel …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/district_terrain.py" />
      <source>Depressions across tiles …</source>
      <translation>Senken über Kachelgrenzen …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/district_terrain.py" />
      <source>Writing the result tiles …</source>
      <translation>Ergebniskacheln werden geschrieben …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/district_terrain.py" />
      <source>Folder of DEM tiles (GeoTIFF, ASCII grid, XYZ)</source>
      <translation>Ordner mit DGM-Kacheln (GeoTIFF, ASCII-Grid, XYZ)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/district_terrain.py" />
      <source>Or one DEM raster, e.g. a VRT</source>
      <translation>Oder ein DGM-Raster, z. B. ein VRT</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/district_terrain.py" />
      <source>CRS of tiles without one (e.g. XYZ)</source>
      <translation>KBS für Kacheln ohne KBS (z. B. XYZ)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/district_terrain.py" />
      <source>Tile size (cells)</source>
      <translation>Kachelgröße (Zellen)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/district_terrain.py" />
      <source>Run on</source>
      <translation>Ausführen auf</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/district_terrain.py" />
      <source>Dask scheduler address (e.g. tcp://10.0.0.5:8786)</source>
      <translation>Adresse des Dask-Schedulers (z. B. tcp://10.0.0.5:8786)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/district_terrain.py" />
      <source>Output folder</source>
      <translation>Ausgabeordner</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/district_terrain.py" />
      <source>Depressions (deepest point)</source>
      <translation>Senken (tiefster Punkt)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/district_terrain.py" />
      <source>Filled surface</source>
      <translation>Aufgefüllte Oberfläche</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/district_terrain.py" />
      <source>Contributing area</source>
      <translation>Einzugsfläche</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/district_terrain.py" />
      <source>Choose a folder of DEM tiles or a DEM raster.</source>
      <translation>Wählen Sie einen Ordner mit DGM-Kacheln oder ein DGM-Raster.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/district_terrain.py" />
      <source>{cells:,} cells in {tiles} tiles written to {folder}; {count} depressions holding {volume:,.0f} m³.</source>
      <translation>{cells:,} Zellen in {tiles} Kacheln nach {folder} geschrieben; {count} Senken mit {volume:,.0f} m³.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/district_terrain.py" />
      <source>Dask is not installed: QGIS computes the tiles one after another.</source>
      <translation>Dask ist nicht installiert: QGIS berechnet die Kacheln nacheinander.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/district_terrain.py" />
      <source>Automatic: Dask on this computer's cores if installed, else QGIS</source>
      <translation>Automatisch: Dask auf den Kernen dieses Rechners, falls installiert, sonst QGIS</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/district_terrain.py" />
      <source>QGIS, one tile after another</source>
      <translation>QGIS, eine Kachel nach der anderen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/district_terrain.py" />
      <source>The Dask scheduler below</source>
      <translation>Den unten angegebenen Dask-Scheduler</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/district_terrain.py" />
      <source>Give the address of the Dask scheduler (e.g. tcp://10.0.0.5:8786).</source>
      <translation>Geben Sie die Adresse des Dask-Schedulers an (z. B. tcp://10.0.0.5:8786).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/district_terrain.py" />
      <source>Running the tiles on the Dask scheduler at {address}.</source>
      <translation>Die Kacheln laufen auf dem Dask-Scheduler unter {address}.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/district_terrain.py" />
      <source>Running the tiles on a Dask cluster of {workers} workers on this computer.</source>
      <translation>Die Kacheln laufen auf einem Dask-Cluster mit {workers} Workern auf diesem Rechner.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/flow_paths.py" />
      <source>Flow paths</source>
      <translation>Fließwege</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/flow_paths.py" />
      <source>Where surface water runs: the contributing area of every cell (m²) over the filled terrain, with single (D8, steepest descent) or multiple flow directions (MFD, Freeman 1991: shared among all lower neighbours by slope), and flow paths as lines wherever the D8 contributing area reaches the threshold. Each path segment runs between confluences and carries its Strahler order and the contributing area at its lower end. Flats drain towards their outlet; buildings raised as blocks divert the flow around them.</source>
      <translation>Wo Oberflächenwasser abfließt: die Einzugsfläche jeder Zelle (m²) über dem aufgefüllten Gelände, mit einer (D8, steilster Abstieg) oder mehreren Fließrichtungen (MFD, Freeman 1991: auf alle tieferen Nachbarn nach Gefälle verteilt), und Fließwege als Linien, wo die D8-Einzugsfläche die Schwelle erreicht. Jeder Abschnitt reicht von Zusammenfluss zu Zusammenfluss und trägt seine Strahler-Ordnung und die Einzugsfläche an seinem unteren Ende. Ebenen entwässern zu ihrem Auslass; als Blöcke angehobene Gebäude lenken den Abfluss um.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/flow_paths.py" />
      <source>Routing the flow …</source>
      <translation>Abfluss wird berechnet …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/flow_paths.py" />
      <source>Flow directions</source>
      <translation>Fließrichtungen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/flow_paths.py" />
      <source>Flow path from a contributing area of (m²)</source>
      <translation>Fließweg ab einer Einzugsfläche von (m²)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/flow_paths.py" />
      <source>Contributing area (m²)</source>
      <translation>Einzugsfläche (m²)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/flow_paths.py" />
      <source>{count} flow path segments.</source>
      <translation>{count} Fließweg-Abschnitte.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/params.py" />
      <source>raised blocks (roof rain runs off onto the ground)</source>
      <translation>angehobene Blöcke (Dachwasser fließt auf das Gelände ab)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/params.py" />
      <source>impermeable holes (roof rain drains into the sewer)</source>
      <translation>undurchlässige Löcher (Dachwasser fließt in den Kanal)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/params.py" />
      <source>Terrain model (DEM, projected, metres)</source>
      <translation>Geländemodell (DGM, projiziert, Meter)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/params.py" />
      <source>Raise buildings by (m; 0 = leave the terrain as it is)</source>
      <translation>Gebäude anheben um (m; 0 = Gelände unverändert)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/params.py" />
      <source>Analysis area</source>
      <translation>Untersuchungsgebiet</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/params.py" />
      <source>Leave out depressions shallower than (m)</source>
      <translation>Senken flacher als (m) weglassen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/params.py" />
      <source>Design rain</source>
      <translation>Bemessungsregen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/params.py" />
      <source>Own rain depth (mm; 0 = use the scenario)</source>
      <translation>Eigene Regenhöhe (mm; 0 = Szenario verwenden)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/params.py" />
      <source>numba is not installed, so this runs in plain Python: about a minute per million cells (1 km² of DGM1) instead of a second. Install it with the OSGeo4W installer (package python3-numba) or 'pip install numba' in the QGIS Python, or on Debian/Ubuntu with 'apt install python3-numba'.</source>
      <translation>numba ist nicht installiert, daher läuft dies in reinem Python: etwa eine Minute pro Million Zellen (1 km² DGM1) statt einer Sekunde. Installieren Sie es mit dem OSGeo4W-Installer (Paket python3-numba) oder mit „pip install numba“ im QGIS-Python, unter Debian/Ubuntu mit „apt install python3-numba“.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/params.py" />
      <source>Choose a terrain model (DEM).</source>
      <translation>Wählen Sie ein Geländemodell (DGM).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/params.py" />
      <source>Water-depth classes: lower bounds (m)</source>
      <translation>Wassertiefenklassen: Untergrenzen (m)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/params.py" />
      <source>Give the depth classes as increasing depths in metres, e.g. 0.05, 0.1, 0.5, 1.</source>
      <translation>Geben Sie die Tiefenklassen als steigende Tiefen in Metern an, z. B. 0.05, 0.1, 0.5, 1.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/params.py" />
      <source>The analysis area does not overlap the DEM.</source>
      <translation>Das Untersuchungsgebiet überschneidet das DGM nicht.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/params.py" />
      <source>First run of this plugin version: compiling the heavy-rain kernels once (about 10–20 s). Later runs reuse them from {folder}.</source>
      <translation>Erster Lauf dieser Plugin-Version: Die Starkregen-Rechenkerne werden einmalig kompiliert (etwa 10–20 s). Spätere Läufe verwenden sie aus {folder} wieder.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/params.py" />
      <source>{what} by area (polygons)</source>
      <translation>{what} nach Fläche (Polygone)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/params.py" />
      <source>{what}: field of the polygons</source>
      <translation>{what}: Feld der Polygone</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/params.py" />
      <source>{what} raster</source>
      <translation>{what} als Raster</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_fill_spill.py" />
      <source>Design rain: fill and spill</source>
      <translation>Bemessungsregen: Füllen und Überlaufen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_fill_spill.py" />
      <source>How deep the water stands after a design rain, without a hydrodynamic model: each cell's runoff (rain × runoff coefficient − drainage by the sewer, in mm) runs down the terrain into its depression; depressions fill, overflow into the next one downstream and merge with their neighbours once their water levels join (fill-spill-merge); what reaches the raster edge or nodata leaves the area.

Scenarios after the NRW / Baden-Württemberg heavy-rain guidance (1 hour): 'selten' (T30) 38 mm, 'außergewöhnlich' (T100) 46 mm, 'extrem' 90 mm. Enter your town's own rain depth to override them. The runoff coefficient (0–1) is a constant, or comes from a raster (resampled onto the DEM) and from polygons such as land use with a coefficient field (these win where they lie). Rain on the buildings runs off onto the ground, or goes into the sewer through the downpipes.

Results: the water-depth raster, flooded areas by depth class, the ponds with their water level and volume, and the water balance (rain, stored, left the area, m³).</source>
      <translation>Wie tief das Wasser nach einem Bemessungsregen steht, ohne hydrodynamisches Modell: der Abfluss jeder Zelle (Regen × Abflussbeiwert − Ableitung durch die Kanalisation, in mm) fließt über das Gelände in seine Senke; Senken füllen sich, laufen in die nächste Senke unterhalb über und vereinigen sich mit ihren Nachbarn, sobald sich ihre Wasserspiegel treffen (Fill-Spill-Merge); was den Rasterrand oder NoData erreicht, verlässt das Gebiet.

Szenarien nach den Starkregen-Leitfäden von NRW und Baden-Württemberg (1 Stunde): „selten“ (T30) 38 mm, „außergewöhnlich“ (T100) 46 mm, „extrem“ 90 mm. Geben Sie die eigene Regenhöhe Ihrer Kommune an, um sie zu ersetzen. Der Abflussbeiwert (0–1) ist eine Konstante oder kommt aus einem Raster (auf das DGM umgerechnet) und aus Flächen wie der Landnutzung mit einem Beiwert-Feld (diese haben Vorrang, wo sie liegen). Regen auf Gebäuden fließt auf den Boden ab oder über die Fallrohre in die Kanalisation.

Ergebnisse: das Wassertiefen-Raster, überflutete Flächen nach Tiefenklasse, die Wasserflächen mit Wasserspiegel und Volumen und die Wasserbilanz (Regen, gespeichert, abgeflossen, m³).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_fill_spill.py" />
      <source>Runoff coefficient</source>
      <translation>Abflussbeiwert</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_fill_spill.py" />
      <source>Building the depression hierarchy …</source>
      <translation>Die Senkenhierarchie wird aufgebaut …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_fill_spill.py" />
      <source>Writing the water depth and the flooded areas …</source>
      <translation>Wassertiefe und überflutete Flächen werden geschrieben …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_fill_spill.py" />
      <source>Rain on the buildings</source>
      <translation>Regen auf den Gebäuden</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_fill_spill.py" />
      <source>Drainage by the sewer (mm)</source>
      <translation>Ableitung durch die Kanalisation (mm)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_fill_spill.py" />
      <source>Flooded areas by depth class</source>
      <translation>Überflutete Flächen nach Tiefenklasse</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_fill_spill.py" />
      <source>Ponds (water levels)</source>
      <translation>Wasserflächen (Wasserspiegel)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_fill_spill.py" />
      <source>Rain runoff (m³)</source>
      <translation>Abfluss aus Regen (m³)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_fill_spill.py" />
      <source>Water stored in depressions (m³)</source>
      <translation>In Senken gespeichertes Wasser (m³)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_fill_spill.py" />
      <source>Water that left the area (m³)</source>
      <translation>Aus dem Gebiet abgeflossenes Wasser (m³)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_fill_spill.py" />
      <source>Filling and spilling {rain:g} mm of rain …</source>
      <translation>{rain:g} mm Regen füllen die Senken und laufen über …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_fill_spill.py" />
      <source>Rain {rain:g} mm: runoff {runoff:,.0f} m³, stored {stored:,.0f} m³, left the area {out:,.0f} m³.</source>
      <translation>Regen {rain:g} mm: Abfluss {runoff:,.0f} m³, gespeichert {stored:,.0f} m³, abgeflossen {out:,.0f} m³.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_fill_spill.py" />
      <source>runs off onto the ground</source>
      <translation>fließt auf den Boden ab</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_fill_spill.py" />
      <source>goes into the sewer (downpipes)</source>
      <translation>geht in die Kanalisation (Fallrohre)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_simulation.py" />
      <source>Design rain: 2D simulation</source>
      <translation>Bemessungsregen: 2D-Simulation</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_simulation.py" />
      <source>Simulates a design rain on the terrain model in two dimensions: how deep and how fast the water flows, and when. A local-inertial shallow-water scheme (Bates et al. 2010, de Almeida et al. 2012) on the DEM's cells with Manning roughness, an adaptive time step, losses (infiltration and drainage) as a rate, and free outflow at the edge of the DEM and into nodata. Roughness and losses are constants, or come cell by cell from a raster and from polygons such as land use with a field (these win where they lie), e.g. n 0.015 on streets and 0.05 on meadows, or the sewer's capacity in mm/h on sealed areas. Buildings are either raised blocks (their roofs' rain runs off onto the ground around them) or impermeable holes: water flows around them and their roofs' rain drains into the sewer (counted with the losses). The rain is a scenario or an own depth spread evenly over the duration, or a hyetograph table 'minute:mm, …' (e.g. '10:5, 20:25, 30:10': 5 mm in the first ten minutes, 25 mm in the next …), or an Euler type II design storm (DWA-A 118) built from the depths by duration of one return period, e.g. the KOSTRA-DWD-2020 values of your grid cell: '5:9.8, 10:14.5, 15:17.6, 20:19.9, 30:23.1, 45:26.4, 60:28.7' gives an hour of rain in 5-minute blocks, the heaviest at minute 20-25. Or a real event replayed: a rain gauge's observations (e.g. from 'Fetch observations'; each value the rain in mm since the one before), which also set the snapshots' time axis. The run lasts the rain plus the run-on time.

Results: maximum water depth (m), maximum flow velocity (m/s), a hazard class per cell (the higher of the depth class 0.1 / 0.5 / 1 m and the velocity class 0.2 / 0.5 / 2 m/s: 0 low … 3 very high; both sets of bounds can be changed), the minute of the deepest water, and the water balance every ten minutes (rain = losses + stored + outflow, kept exactly); optionally flow arrows every 5 m where the water ran at 0.1 m/s or faster, with the speed, direction (degrees from north) and depth at its fastest, and the water depth every ten minutes as GeoTIFFs in a folder, which load as a series for the Temporal Controller (View → Panels → Temporal Controller) to play the event.

What it does not do: sewer network hydraulics (give the sewer's capacity as a loss rate), infiltration that changes over time, flow through buildings. It runs in numpy, or compiled with numba where that is installed (about twice as fast): 1 ha at 1 m and an hour of rain takes seconds, a square kilometre hours — simulate the area of interest (analysis area) and use 'Design rain: fill and spill' for whole towns.</source>
      <translation>Simuliert einen Bemessungsregen auf dem Geländemodell in zwei Dimensionen: wie tief und wie schnell das Wasser fließt, und wann. Ein lokal-träges Flachwasserverfahren (Bates et al. 2010, de Almeida et al. 2012) auf den Zellen des Geländemodells mit Manning-Rauheit, anpassender Zeitschrittweite, Verlusten (Versickerung und Entwässerung) als Rate und freiem Abfluss am Rand des Geländemodells und in NoData-Zellen. Rauheit und Verluste sind Konstanten oder kommen Zelle für Zelle aus einem Raster und aus Polygonen wie der Flächennutzung mit einem Feld (diese gelten, wo sie liegen), z. B. n 0,015 auf Straßen und 0,05 auf Wiesen, oder die Kapazität des Kanals in mm/h auf versiegelten Flächen. Gebäude sind entweder angehobene Blöcke (der Regen ihrer Dächer fließt auf das Gelände um sie herum ab) oder undurchlässige Löcher: Das Wasser fließt um sie herum, und der Regen ihrer Dächer fließt in den Kanal (bei den Verlusten gezählt). Der Regen ist ein Szenario oder eine eigene Regenhöhe, gleichmäßig über die Dauer verteilt, oder eine Hyetographen-Tabelle „Minute:mm, …“ (z. B. „10:5, 20:25, 30:10“: 5 mm in den ersten zehn Minuten, 25 mm in den nächsten …) oder ein Modellregen Euler Typ II (DWA-A 118) aus den Regenhöhen je Dauerstufe einer Jährlichkeit, z. B. den KOSTRA-DWD-2020-Werten Ihres Rasterfelds: „5:9.8, 10:14.5, 15:17.6, 20:19.9, 30:23.1, 45:26.4, 60:28.7“ ergibt eine Stunde Regen in 5-Minuten-Blöcken, den stärksten in Minute 20–25. Oder ein echtes Ereignis nachgespielt: die Beobachtungen eines Regenschreibers (z. B. aus „Beobachtungen abrufen“; jeder Wert der Regen in mm seit dem vorigen), die auch die Zeitachse der Zwischenstände festlegen. Die Simulation dauert den Regen plus die Nachlaufzeit.

Ergebnisse: maximale Wassertiefe (m), maximale Fließgeschwindigkeit (m/s), eine Gefahrenklasse je Zelle (die höhere aus der Tiefenklasse 0,1 / 0,5 / 1 m und der Geschwindigkeitsklasse 0,2 / 0,5 / 2 m/s: 0 gering … 3 sehr hoch; beide Grenzensätze lassen sich ändern), die Minute der größten Wassertiefe und die Wasserbilanz alle zehn Minuten (Regen = Verluste + gespeichert + Abfluss, exakt eingehalten); auf Wunsch Fließpfeile alle 5 m, wo das Wasser mit 0,1 m/s oder schneller floss, mit Geschwindigkeit, Richtung (Grad von Norden) und Tiefe bei der schnellsten Strömung, und die Wassertiefe alle zehn Minuten als GeoTIFFs in einem Ordner, die als Serie für die Zeitsteuerung (Ansicht → Bedienfelder → Zeitsteuerung) geladen werden, um das Ereignis abzuspielen.

Was sie nicht leistet: Hydraulik des Kanalnetzes (die Kapazität des Kanals als Verlustrate angeben), zeitlich veränderliche Versickerung, Durchströmung von Gebäuden. Sie rechnet mit numpy oder, wo numba installiert ist, kompiliert (etwa doppelt so schnell): 1 ha bei 1 m und eine Stunde Regen in Sekunden, ein Quadratkilometer in Stunden – simulieren Sie das betrachtete Gebiet (Analysegebiet) und nutzen Sie „Bemessungsregen: Füllen und Überlaufen“ für ganze Städte.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_simulation.py" />
      <source>Roughness, Manning's n</source>
      <translation>Rauheit, Manning-n</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_simulation.py" />
      <source>Losses (mm/h)</source>
      <translation>Verluste (mm/h)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_simulation.py" />
      <source>Rain duration (minutes)</source>
      <translation>Regendauer (Minuten)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_simulation.py" />
      <source>Hyetograph 'minute:mm, …' (instead of depth and duration)</source>
      <translation>Hyetograph „Minute:mm, …“ (statt Regenhöhe und Dauer)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_simulation.py" />
      <source>Rain gauge observations (instead of a design rain; e.g. from 'Fetch observations')</source>
      <translation>Beobachtungen eines Regenschreibers (statt eines Bemessungsregens; z. B. aus „Beobachtungen abrufen“)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_simulation.py" />
      <source>Gauge: time field</source>
      <translation>Regenschreiber: Zeitfeld</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_simulation.py" />
      <source>Gauge: rain (mm) field</source>
      <translation>Regenschreiber: Feld mit dem Regen (mm)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_simulation.py" />
      <source>Euler type II from depths by duration 'minutes:mm, …' (e.g. KOSTRA-DWD-2020)</source>
      <translation>Euler Typ II aus Regenhöhen je Dauerstufe „Minuten:mm, …“ (z. B. KOSTRA-DWD-2020)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_simulation.py" />
      <source>Run-on after the rain (minutes)</source>
      <translation>Nachlaufzeit nach dem Regen (Minuten)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_simulation.py" />
      <source>Roughness, Manning's n (s/m^⅓)</source>
      <translation>Rauheit, Manning-Beiwert n (s/m^⅓)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_simulation.py" />
      <source>Losses: infiltration and drainage (mm/h)</source>
      <translation>Verluste: Versickerung und Entwässerung (mm/h)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_simulation.py" />
      <source>Buildings as</source>
      <translation>Gebäude als</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_simulation.py" />
      <source>Hazard classes: lower depth bounds (m)</source>
      <translation>Gefahrenklassen: untere Tiefengrenzen (m)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_simulation.py" />
      <source>Hazard classes: lower velocity bounds (m/s)</source>
      <translation>Gefahrenklassen: untere Geschwindigkeitsgrenzen (m/s)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_simulation.py" />
      <source>Maximum water depth (m)</source>
      <translation>Maximale Wassertiefe (m)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_simulation.py" />
      <source>Maximum flow velocity (m/s)</source>
      <translation>Maximale Fließgeschwindigkeit (m/s)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_simulation.py" />
      <source>Hazard class</source>
      <translation>Gefahrenklasse</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_simulation.py" />
      <source>Minute of the deepest water</source>
      <translation>Minute der größten Wassertiefe</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_simulation.py" />
      <source>Water balance</source>
      <translation>Wasserbilanz</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_simulation.py" />
      <source>Water depth every ten minutes (folder, for the Temporal Controller)</source>
      <translation>Wassertiefe alle zehn Minuten (Ordner, für die Zeitsteuerung)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_simulation.py" />
      <source>Rain starts at (time axis of the snapshots)</source>
      <translation>Regenbeginn (Zeitachse der Momentaufnahmen)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_simulation.py" />
      <source>Flow arrows at the fastest flow</source>
      <translation>Fließpfeile bei der schnellsten Strömung</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_simulation.py" />
      <source>Choose the time field and the rain (mm) field of the rain gauge.</source>
      <translation>Wählen Sie bitte das Zeitfeld und das Regenfeld (mm) des Regenschreibers.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_simulation.py" />
      <source>Rain gauge: {mm:.1f} mm in {minutes:g} minutes from {start} UTC; {left} observations left out.</source>
      <translation>Regenschreiber: {mm:.1f} mm in {minutes:g} Minuten ab {start} UTC; {left} Beobachtungen ausgelassen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_simulation.py" />
      <source>Give three increasing bounds for each of the hazard classes 1-3, e.g. depths '0.1, 0.5, 1' (m) and velocities '0.2, 0.5, 2' (m/s).</source>
      <translation>Geben Sie für die Gefahrenklassen 1–3 je drei aufsteigende Grenzen an, z. B. Tiefen „0.1, 0.5, 1“ (m) und Geschwindigkeiten „0.2, 0.5, 2“ (m/s).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_simulation.py" />
      <source>Simulating {minutes:g} minutes on {cells:,.0f} cells …</source>
      <translation>Simuliere {minutes:g} Minuten auf {cells:,.0f} Zellen …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_simulation.py" />
      <source>Rain {rain:,.0f} m³: losses {losses:,.0f} m³, still on the ground {stored:,.0f} m³, left the area {outflow:,.0f} m³; deepest water {depth:.2f} m, fastest flow {speed:.2f} m/s.</source>
      <translation>Regen {rain:,.0f} m³: Verluste {losses:,.0f} m³, noch auf dem Gelände {stored:,.0f} m³, aus dem Gebiet abgeflossen {outflow:,.0f} m³; größte Wassertiefe {depth:.2f} m, schnellste Strömung {speed:.2f} m/s.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_simulation.py" />
      <source>Water depth after {minute:g} min</source>
      <translation>Wassertiefe nach {minute:g} min</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/heavyrain/rain_simulation.py" />
      <source>Simulated {minute:.0f} of {minutes:g} minutes, about {left:,.0f} s to go</source>
      <translation>{minute:.0f} von {minutes:g} Minuten simuliert, noch etwa {left:,.0f} s</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The kind of platform the service URL belongs to.</source>
      <translation>Die Art der Plattform, zu der die Dienst-URL gehört.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The service root, e.g. https://iot.example.org/FROST-Server/v1.1 or an NGSI-LD broker.</source>
      <translation>Die Wurzel-URL des Dienstes, z. B. https://iot.example.org/FROST-Server/v1.1, oder ein NGSI-LD-Broker.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>A QGIS authentication configuration; its credentials go only to this server.</source>
      <translation>Eine QGIS-Authentifizierungskonfiguration; ihre Zugangsdaten gehen nur an diesen Server.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>NGSI-LD tenant or NGSI-v2 Fiware-Service header; empty for none.</source>
      <translation>NGSI-LD-Tenant oder NGSI-v2-Header Fiware-Service; leer für keinen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>NGSI-v2 Fiware-ServicePath header, e.g. /parking; empty for all.</source>
      <translation>NGSI-v2-Header Fiware-ServicePath, z. B. /parking; leer für alle.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>An NGSI-LD @context URL sent as Link header; empty for the core context.</source>
      <translation>Eine NGSI-LD-@context-URL, als Link-Header gesendet; leer für den Kernkontext.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>NGSI entity types to read, comma-separated, e.g. OffStreetParking.</source>
      <translation>Zu lesende NGSI-Entitätstypen, durch Kommas getrennt, z. B. OffStreetParking.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Stop after this many sensors or observations (default from the plugin's options).</source>
      <translation>Nach so vielen Sensoren oder Beobachtungen aufhören (Vorgabe aus den Optionen der Erweiterung).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Only Datastreams or attributes of this observed property (name), e.g. Temperature.</source>
      <translation>Nur Datastreams oder Attribute dieser beobachteten Größe (Name), z. B. Temperature.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Only sensors whose name contains this text (case does not matter).</source>
      <translation>Nur Sensoren, deren Name diesen Text enthält (Groß-/Kleinschreibung egal).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Only sensors inside this extent (asked from the server where it can filter).</source>
      <translation>Nur Sensoren innerhalb dieser Ausdehnung (beim Server angefragt, wo er filtern kann).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Add each sensor's latest value and its time (one more request per page).</source>
      <translation>Den letzten Wert jedes Sensors mit seiner Zeit hinzufügen (eine Anfrage mehr je Seite).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Datastream ids (SensorThings) or entity ids (NGSI-LD), comma-separated.</source>
      <translation>Datastream-IDs (SensorThings) oder Entitäts-IDs (NGSI-LD), durch Kommas getrennt.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>A URL (http/https) or a local file of the feed.</source>
      <translation>Eine URL (http/https) oder eine lokale Datei des Feeds.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>DATEX II only: the status publication with the current counts, if separate.</source>
      <translation>Nur DATEX II: die Statuspublikation mit den aktuellen Zählwerten, falls getrennt.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The feed's format; automatic detection reads the document's structure.</source>
      <translation>Das Format des Feeds; die automatische Erkennung liest den Aufbau des Dokuments.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Counts older than this many minutes before the feed's publication time are flagged stale.</source>
      <translation>Zählwerte, die so viele Minuten älter als die Veröffentlichungszeit des Feeds sind, werden als veraltet markiert.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>For GeoJSON with other property names, e.g. capacity=ANZ_PLAETZE; free=FREI.</source>
      <translation>Für GeoJSON mit anderen Eigenschaftsnamen, z. B. capacity=ANZ_PLAETZE; free=FREI.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Car parks as points or polygons, e.g. from 'Load parking feed' or sensor locations.</source>
      <translation>Parkierungsanlagen als Punkte oder Flächen, z. B. aus „Parkdaten-Feed laden“ oder Sensorstandorte.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The field that names a facility in both layers (id or name).</source>
      <translation>Das Feld, das eine Anlage in beiden Layern benennt (ID oder Name).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The field with the facility's name, for tables and reports.</source>
      <translation>Das Feld mit dem Namen der Anlage, für Tabellen und Berichte.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The field with the number of spaces of a facility.</source>
      <translation>Das Feld mit der Zahl der Stellplätze einer Anlage.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Counts over time: one row per facility and time, e.g. from 'Fetch observations'.</source>
      <translation>Zählwerte über die Zeit: eine Zeile je Anlage und Zeitpunkt, z. B. aus „Beobachtungen abrufen“.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The field of the observations that names their facility.</source>
      <translation>Das Feld der Beobachtungen, das ihre Anlage benennt.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>A capacity field of the observations, used where the facility has none.</source>
      <translation>Ein Kapazitätsfeld der Beobachtungen, verwendet, wo die Anlage keine hat.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The field with the time of each row (UTC unless it carries an offset).</source>
      <translation>Das Feld mit der Zeit jeder Zeile (UTC, sofern sie keinen Versatz angibt).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The field with free spaces; give this or the occupied spaces.</source>
      <translation>Das Feld mit freien Stellplätzen; dieses oder die belegten Stellplätze angeben.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The field with occupied spaces; used when there is no free-spaces field.</source>
      <translation>Das Feld mit belegten Stellplätzen; verwendet, wenn es kein Feld für freie Stellplätze gibt.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The first time taken into account (UTC); empty: from the first row.</source>
      <translation>Der erste berücksichtigte Zeitpunkt (UTC); leer: ab der ersten Zeile.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The last time taken into account (UTC); empty: to the last row.</source>
      <translation>Der letzte berücksichtigte Zeitpunkt (UTC); leer: bis zur letzten Zeile.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>A longer gap between two counts is not filled: that time counts as unknown.</source>
      <translation>Eine längere Lücke zwischen zwei Zählwerten wird nicht gefüllt: diese Zeit gilt als unbekannt.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Occupancy from which a facility counts as saturated, e.g. 0.85 for 85 %.</source>
      <translation>Auslastung, ab der eine Anlage als ausgelastet gilt, z. B. 0,85 für 85 %.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Mean occupancy per weekday and hour (local time) for each facility.</source>
      <translation>Mittlere Auslastung je Wochentag und Stunde (Ortszeit) für jede Anlage.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Points people want to reach, e.g. the town hall or a venue.</source>
      <translation>Punkte, die Menschen erreichen wollen, z. B. das Rathaus oder eine Veranstaltungsstätte.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The field with the destination's name.</source>
      <translation>Das Feld mit dem Namen des Ziels.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The statistics' mean occupancy field, used when the profile has no value for that hour.</source>
      <translation>Das Feld der mittleren Auslastung der Statistik, verwendet, wenn das Profil für diese Stunde keinen Wert hat.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The day of the week of the visit.</source>
      <translation>Der Wochentag des Besuchs.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The hour of the visit in local time (0–23).</source>
      <translation>Die Stunde des Besuchs in Ortszeit (0–23).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Facilities within this walking distance of a destination count.</source>
      <translation>Anlagen innerhalb dieser Gehentfernung von einem Ziel zählen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>A destination is well served when this many free spaces are expected nearby.</source>
      <translation>Ein Ziel gilt als gut versorgt, wenn in der Nähe so viele freie Stellplätze zu erwarten sind.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>How many weeks before the forecast the profile learns from.</source>
      <translation>Aus wie vielen Wochen vor der Prognose das Profil lernt.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>How many days ahead to forecast, hour by hour.</source>
      <translation>Wie viele Tage im Voraus prognostiziert wird, Stunde für Stunde.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>How many past weeks are forecast from the weeks before them to measure the error.</source>
      <translation>Wie viele vergangene Wochen aus den Wochen davor prognostiziert werden, um den Fehler zu messen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The heading of the report.</source>
      <translation>Die Überschrift des Berichts.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The zone table of 'On-street bay turnover', to add turnover to the report.</source>
      <translation>Die Zonentabelle von „Parkraumumschlag im Straßenraum“, um den Umschlag in den Bericht aufzunehmen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Bay sensor events: one row per bay and change of status, with its time.</source>
      <translation>Ereignisse der Stellplatzsensoren: eine Zeile je Stellplatz und Statuswechsel, mit seiner Zeit.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The field of the events that names the bay.</source>
      <translation>Das Feld der Ereignisse, das den Stellplatz benennt.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The field with the status: occupied/free, 1/0 or true/false.</source>
      <translation>Das Feld mit dem Status: occupied/free, 1/0 oder true/false.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The bays with their zone or street, to sum turnover per zone.</source>
      <translation>Die Stellplätze mit ihrer Zone oder Straße, um den Umschlag je Zone zu summieren.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The field of the bays that matches the events' bay id.</source>
      <translation>Das Feld der Stellplätze, das zur Stellplatz-ID der Ereignisse passt.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The field of the bays with their zone or street.</source>
      <translation>Das Feld der Stellplätze mit ihrer Zone oder Straße.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Sessions longer than this count as overstays.</source>
      <translation>Längere Parkvorgänge gelten als Überschreitung der Höchstparkdauer.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>A terrain model (DGM1, DGM2) in a projected CRS in metres, e.g. EPSG:25832.</source>
      <translation>Ein Geländemodell (DGM1, DGM2) in einem projizierten KBS in Metern, z. B. EPSG:25832.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Building footprints (e.g. ALKIS): water flows around them.</source>
      <translation>Gebäudegrundrisse (z. B. ALKIS): Wasser fließt um sie herum.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Footprints are raised by this height in the terrain so water flows around them.</source>
      <translation>Die Grundrisse werden im Gelände um diese Höhe angehoben, damit Wasser um sie herum fließt.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Only the terrain inside these polygons is analysed.</source>
      <translation>Nur das Gelände innerhalb dieser Flächen wird untersucht.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Hollows shallower than this are left out as noise of the terrain model.</source>
      <translation>Flachere Mulden werden als Rauschen des Geländemodells weggelassen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The rain of the LUBW/DWA scenarios (seltener, außergewöhnlicher, extremer Starkregen).</source>
      <translation>Der Regen der LUBW/DWA-Szenarien (seltener, außergewöhnlicher, extremer Starkregen).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>A rain depth of your own in mm instead of the scenario's (0: the scenario).</source>
      <translation>Eine eigene Regenhöhe in mm statt der des Szenarios (0: das Szenario).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Lower bounds of the water-depth classes in metres, e.g. 0.05, 0.1, 0.5, 1.</source>
      <translation>Untergrenzen der Wassertiefenklassen in Metern, z. B. 0.05, 0.1, 0.5, 1.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Raster of the water depth in metres.</source>
      <translation>Raster der Wassertiefe in Metern.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Raster of the area that drains through each cell, in m².</source>
      <translation>Raster der Fläche, die durch jede Zelle entwässert, in m².</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>How water leaves a cell: to its steepest neighbour (D8) or shared among lower ones.</source>
      <translation>Wie Wasser eine Zelle verlässt: zum steilsten Nachbarn (D8) oder verteilt auf die tieferen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Rain the sewer takes away before water runs off on the ground (mm).</source>
      <translation>Regen, den die Kanalisation abführt, bevor Wasser oberirdisch abfließt (mm).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Whether rain on the buildings runs off onto the ground or into the sewer.</source>
      <translation>Ob Regen auf den Gebäuden auf das Gelände oder in die Kanalisation abfließt.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Share of the rain that runs off where no other value applies (0–1).</source>
      <translation>Anteil des Regens, der abfließt, wo kein anderer Wert gilt (0–1).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Polygons with their own runoff coefficient, e.g. green areas or sealed surfaces.</source>
      <translation>Flächen mit eigenem Abflussbeiwert, z. B. Grünflächen oder versiegelte Flächen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The field of those polygons with the coefficient (0–1).</source>
      <translation>Das Feld dieser Flächen mit dem Beiwert (0–1).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>A raster of runoff coefficients (0–1) instead of polygons.</source>
      <translation>Ein Raster der Abflussbeiwerte (0–1) statt Flächen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>How long it rains, in minutes.</source>
      <translation>Wie lange es regnet, in Minuten.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>How long the simulation goes on after the rain, in minutes.</source>
      <translation>Wie lange die Simulation nach dem Regen weiterläuft, in Minuten.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Rain depths by duration from KOSTRA-DWD, e.g. 5:9.5, 15:17, 60:32; shaped as Euler type II.</source>
      <translation>Regenhöhen je Dauerstufe aus KOSTRA-DWD, z. B. 5:9.5, 15:17, 60:32; verteilt nach Euler Typ II.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Rain per interval as 'end minute:mm', e.g. 10:8, 20:15, 60:12, used as it is.</source>
      <translation>Regen je Intervall als „Endminute:mm“, z. B. 10:8, 20:15, 60:12, unverändert verwendet.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Water lost to infiltration and drainage per hour, everywhere.</source>
      <translation>Wasserverlust durch Versickerung und Entwässerung je Stunde, überall.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Surface roughness; about 0.015 for asphalt and 0.05 for meadows.</source>
      <translation>Oberflächenrauheit; etwa 0,015 für Asphalt und 0,05 für Wiesen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Polygons with their own roughness, e.g. land use (streets, meadows, woods).</source>
      <translation>Polygone mit eigener Rauheit, z. B. die Flächennutzung (Straßen, Wiesen, Wald).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The field of those polygons with Manning's n (s/m^⅓, more than 0).</source>
      <translation>Das Feld dieser Polygone mit dem Manning-n (s/m^⅓, größer als 0).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>A raster of Manning's n, resampled onto the DEM; where it has no data the number applies.</source>
      <translation>Ein Raster des Manning-n, auf das Geländemodell umgerechnet; wo es keine Daten hat, gilt die Zahl.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Polygons with their own loss rate, e.g. the sewer's capacity on sealed areas or infiltration on green ones.</source>
      <translation>Polygone mit eigener Verlustrate, z. B. die Kapazität des Kanals auf versiegelten Flächen oder die Versickerung auf Grünflächen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The field of those polygons with the losses in mm/h.</source>
      <translation>Das Feld dieser Polygone mit den Verlusten in mm/h.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>A raster of losses in mm/h, resampled onto the DEM; where it has no data the number applies.</source>
      <translation>Ein Raster der Verluste in mm/h, auf das Geländemodell umgerechnet; wo es keine Daten hat, gilt die Zahl.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Raised blocks: the footprints are raised in the terrain and their rain runs off them. Impermeable holes: the footprints are taken out of the grid, water flows around them and their rain drains into the sewer (with the losses); the raise height is not used.</source>
      <translation>Angehobene Blöcke: Die Grundrisse werden im Gelände angehoben, und ihr Regen fließt von ihnen ab. Undurchlässige Löcher: Die Grundrisse werden aus dem Raster genommen, das Wasser fließt um sie herum, und ihr Regen fließt in den Kanal (bei den Verlusten); die Anhebung wird nicht verwendet.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>A building is exposed to a flow path where this much area drains past it.</source>
      <translation>Ein Gebäude liegt an einem Fließweg, wo so viel Fläche an ihm vorbei entwässert.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The layer to export: polygons, lines or points.</source>
      <translation>Der zu exportierende Layer: Flächen, Linien oder Punkte.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Crossing points (OSM highway=crossing, signals), to find the protected crossings.</source>
      <translation>Querungspunkte (OSM highway=crossing, Ampeln), um die gesicherten Querungen zu finden.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The field with the OSM road class (highway).</source>
      <translation>Das Feld mit der OSM-Straßenklasse (highway).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The field with the other OSM tags (maxspeed, sidewalk, lit, foot, access).</source>
      <translation>Das Feld mit den übrigen OSM-Tags (maxspeed, sidewalk, lit, foot, access).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The road class of every line of a layer that has no road class field.</source>
      <translation>Die Straßenklasse jeder Linie eines Layers ohne Straßenklassenfeld.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Walking speed for the walking times; children walk about 4 km/h.</source>
      <translation>Gehgeschwindigkeit für die Gehzeiten; Kinder gehen etwa 4 km/h.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The speed limit assumed for residential streets without maxspeed tag.</source>
      <translation>Die zulässige Höchstgeschwindigkeit, die für Wohnstraßen ohne maxspeed-Tag angenommen wird.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Whether roads without sidewalk tags are assumed to have sidewalks.</source>
      <translation>Ob Straßen ohne sidewalk-Tags als Straßen mit Gehweg gelten.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Longer ways are split into edges of at most this length.</source>
      <translation>Längere Wege werden in Kanten höchstens dieser Länge geteilt.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Line ends this close to another line are joined to it.</source>
      <translation>Linienenden, die so nah an einer anderen Linie liegen, werden mit ihr verbunden.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The walking network from 'Build walking network' (edited or not).</source>
      <translation>Das Fußwegenetz aus „Fußwegenetz erstellen“ (bearbeitet oder nicht).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Where the pupils live: address points or building polygons.</source>
      <translation>Wo die Schulkinder wohnen: Adresspunkte oder Gebäudeflächen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The field with the number of pupils per home; empty: one each.</source>
      <translation>Das Feld mit der Zahl der Schulkinder je Wohnadresse; leer: je eines.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The schools as points or polygons.</source>
      <translation>Die Schulen als Punkte oder Flächen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The field with the school's name or number.</source>
      <translation>Das Feld mit Name oder Nummer der Schule.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The field with the school type, e.g. Grundschule; catchments are made per type.</source>
      <translation>Das Feld mit der Schulart, z. B. Grundschule; Einzugsbereiche entstehen je Schulart.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Address points or buildings to give the walking time to the nearest school.</source>
      <translation>Adresspunkte oder Gebäude, für die die Gehzeit zur nächsten Schule bestimmt wird.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>School district polygons: homes in a district go to its school.</source>
      <translation>Schulbezirksflächen: Wohnadressen in einem Bezirk gehen zu dessen Schule.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The field of the districts with the school's name or number.</source>
      <translation>Das Feld der Bezirke mit Name oder Nummer der Schule.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Places to avoid: points (e.g. a dangerous junction) or lines (e.g. a construction site).</source>
      <translation>Zu meidende Stellen: Punkte (z. B. eine gefährliche Kreuzung) oder Linien (z. B. eine Baustelle).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The field with the weight of each hazard; empty: 1.</source>
      <translation>Das Feld mit dem Gewicht jeder Gefahr; leer: 1.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Homes and schools further from the network are reported, not routed.</source>
      <translation>Weiter vom Netz entfernte Wohnadressen und Schulen werden gemeldet, nicht geroutet.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Whether the hotspots count the pupils on their safest or their shortest route.</source>
      <translation>Ob die Gefahrenstellen die Schulkinder auf ihrem sichersten oder ihrem kürzesten Weg zählen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The safe route takes a detour of up to this length to avoid an unprotected crossing.</source>
      <translation>Der sichere Weg nimmt einen Umweg bis zu dieser Länge, um eine ungesicherte Querung zu meiden.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Along fast traffic without sidewalk a metre counts (1 + factor) times on the safe route.</source>
      <translation>Entlang schnellen Verkehrs ohne Gehweg zählt ein Meter auf dem sicheren Weg (1 + Faktor)-mal.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Along unlit ways a metre counts (1 + factor) times on the safe route.</source>
      <translation>Entlang unbeleuchteter Wege zählt ein Meter auf dem sicheren Weg (1 + Faktor)-mal.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Metres added to the safe route per weight unit of a hazard point it passes.</source>
      <translation>Meter, die dem sicheren Weg je Gewichtseinheit eines passierten Gefahrenpunkts hinzugefügt werden.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Along a hazard line a metre counts (1 + factor × weight) times on the safe route.</source>
      <translation>Entlang einer Gefahrenlinie zählt ein Meter auf dem sicheren Weg (1 + Faktor × Gewicht)-mal.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The walking-time bands in minutes, e.g. 5, 10, 15, 20.</source>
      <translation>Die Gehzeitbänder in Minuten, z. B. 5, 10, 15, 20.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>How far either side of the network a catchment band reaches.</source>
      <translation>Wie weit ein Einzugsband beiderseits des Netzes reicht.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The field whose value becomes the city object's id; empty: numbered.</source>
      <translation>Das Feld, dessen Wert die ID des Stadtobjekts wird; leer: durchnummeriert.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The field with the building height in metres (e.g. measuredHeight).</source>
      <translation>Das Feld mit der Gebäudehöhe in Metern (z. B. measuredHeight).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The field with the ground height in metres; else the terrain model or the fixed height.</source>
      <translation>Das Feld mit der Geländehöhe in Metern; sonst das Geländemodell oder die feste Höhe.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The ground height in metres where there is no ground field and no terrain model.</source>
      <translation>Die Geländehöhe in Metern, wo es weder Geländehöhenfeld noch Geländemodell gibt.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>What the features become in the city model.</source>
      <translation>Was aus den Objekten im Stadtmodell wird.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The fields written as typed attributes; none chosen: all.</source>
      <translation>Die als typisierte Attribute geschriebenen Felder; keines gewählt: alle.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The projected CRS of the file; default: the layer's own, else its ETRS89/UTM zone.</source>
      <translation>Das projizierte KBS der Datei; Vorgabe: das des Layers, sonst seine ETRS89/UTM-Zone.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The height system named in the file, e.g. DHHN2016.</source>
      <translation>Das in der Datei genannte Höhensystem, z. B. DHHN2016.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The EPSG code of the height system (7837: DHHN2016) for the compound CRS.</source>
      <translation>Der EPSG-Code des Höhensystems (7837: DHHN2016) für das zusammengesetzte KBS.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Added to normal heights for 3D Tiles viewers (about 36–50 m in Germany).</source>
      <translation>Wird für 3D-Tiles-Viewer zu den Normalhöhen addiert (in Deutschland etwa 36–50 m).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The layer whose fields are added to the buildings of the file.</source>
      <translation>Der Layer, dessen Felder den Gebäuden der Datei hinzugefügt werden.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The unit written with decimal values, e.g. m.</source>
      <translation>Die mit Dezimalwerten geschriebene Einheit, z. B. m.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Type and unit per field, e.g. depth: measure m; share: double; map: uri.</source>
      <translation>Typ und Einheit je Feld, z. B. tiefe: measure m; anteil: double; karte: uri.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The CRS of the file's coordinates, for matching by footprint; default: its srsName.</source>
      <translation>Das KBS der Koordinaten der Datei, für die Zuordnung über den Grundriss; Vorgabe: ihr srsName.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The field with the sensor's name.</source>
      <translation>Das Feld mit dem Namen des Sensors.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The field with the observed property.</source>
      <translation>Das Feld mit der beobachteten Größe.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The field with the unit of the values.</source>
      <translation>Das Feld mit der Einheit der Werte.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The field with the latest value.</source>
      <translation>Das Feld mit dem letzten Wert.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The field with the SensorThings Datastream id.</source>
      <translation>Das Feld mit der SensorThings-Datastream-ID.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>A folder of DEM tiles that together cover the district.</source>
      <translation>Ein Ordner mit DGM-Kacheln, die zusammen das Gebiet abdecken.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The CRS of tiles that do not name one (XYZ files).</source>
      <translation>Das KBS von Kacheln, die keines angeben (XYZ-Dateien).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Cells per side of the pieces computed one at a time (memory grows with its square).</source>
      <translation>Zellen je Seite der Stücke, die einzeln gerechnet werden (der Speicherbedarf wächst mit dem Quadrat).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Where the tiles are computed: with Dask on this computer, one after another in QGIS, or on a Dask cluster.</source>
      <translation>Wo die Kacheln gerechnet werden: mit Dask auf diesem Rechner, nacheinander in QGIS oder auf einem Dask-Cluster.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The address of a running Dask scheduler, for the cluster choice.</source>
      <translation>Die Adresse eines laufenden Dask-Schedulers, für die Wahl „Cluster“.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>One point per sensor with observed property, unit and latest value.</source>
      <translation>Ein Punkt je Sensor mit beobachteter Größe, Einheit und letztem Wert.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>One row per observation with its time in UTC, for the Temporal Controller.</source>
      <translation>Eine Zeile je Beobachtung mit ihrer Zeit in UTC, für die Zeitsteuerung.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The first observation time to fetch (UTC).</source>
      <translation>Die erste abzurufende Beobachtungszeit (UTC).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The last observation time to fetch (UTC).</source>
      <translation>Die letzte abzurufende Beobachtungszeit (UTC).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>One point per facility in the common parking schema.</source>
      <translation>Ein Punkt je Anlage im einheitlichen Parkschema.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The facilities with occupancy, saturation hours and gaps.</source>
      <translation>Die Anlagen mit Auslastung, Stunden mit Vollauslastung und Lücken.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The output of 'Parking occupancy statistics'.</source>
      <translation>Die Ausgabe von „Parkraum-Auslastungsstatistik“.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The weekday × hour profile of 'Parking occupancy statistics'.</source>
      <translation>Das Wochentag-×-Stunde-Profil von „Parkraum-Auslastungsstatistik“.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The destinations with expected free spaces within walking distance.</source>
      <translation>Die Ziele mit den zu erwartenden freien Stellplätzen in Gehentfernung.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Expected occupancy per facility and hour for the coming days.</source>
      <translation>Erwartete Auslastung je Anlage und Stunde für die kommenden Tage.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>How far the forecast was off in the past weeks, per facility.</source>
      <translation>Wie weit die Prognose in den vergangenen Wochen danebenlag, je Anlage.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The HTML report with tables and charts.</source>
      <translation>Der HTML-Bericht mit Tabellen und Diagrammen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Roads or building outlines drawn in grey under the facility map (only those near the facilities); empty for a map of the facilities alone.</source>
      <translation>Straßen oder Gebäudeumrisse, die grau unter der Karte der Anlagen gezeichnet werden (nur die in der Nähe der Anlagen); leer für eine Karte nur mit den Anlagen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Sessions, dwell times and turnover per bay.</source>
      <translation>Parkvorgänge, Parkdauern und Umschlag je Stellplatz.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Turnover per zone or street.</source>
      <translation>Umschlag je Zone oder Straße.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Each hollow with its volume, area and deepest point.</source>
      <translation>Jede Mulde mit Volumen, Fläche und tiefstem Punkt.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Raster of how deep water would stand in each hollow.</source>
      <translation>Raster, wie tief Wasser in jeder Mulde stünde.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>One raster covering the district instead of a folder of tiles, e.g. a VRT.</source>
      <translation>Ein Raster, das das ganze Gebiet abdeckt, statt eines Kachelordners, z. B. ein VRT.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The folder for the sink-depth and contributing-area rasters and the layers.</source>
      <translation>Der Ordner für die Raster der Senkentiefe und der Einzugsfläche und die Layer.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The hollows of the whole district at their deepest point.</source>
      <translation>Die Mulden des ganzen Gebiets an ihrem tiefsten Punkt.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Lines where water gathers, with their contributing area.</source>
      <translation>Linien, in denen sich Wasser sammelt, mit ihrer Einzugsfläche.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>A flow path starts where this much area drains through a cell.</source>
      <translation>Ein Fließweg beginnt, wo so viel Fläche durch eine Zelle entwässert.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Polygons of the flooded areas by depth class.</source>
      <translation>Flächen der überfluteten Bereiche nach Tiefenklasse.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Each pond with its water level and volume.</source>
      <translation>Jede Wasserfläche mit Wasserspiegel und Volumen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Raster of the deepest water during the simulation (m).</source>
      <translation>Raster des tiefsten Wasserstands während der Simulation (m).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Raster of the fastest flow during the simulation (m/s).</source>
      <translation>Raster der schnellsten Strömung während der Simulation (m/s).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Raster of the hazard class from depth and velocity.</source>
      <translation>Raster der Gefährdungsklasse aus Tiefe und Geschwindigkeit.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Water depths (m) from which hazard classes 1, 2 and 3 begin, e.g. 0.1, 0.5, 1 as in many Länder guidelines.</source>
      <translation>Wassertiefen (m), ab denen die Gefahrenklassen 1, 2 und 3 beginnen, z. B. 0,1, 0,5, 1 wie in vielen Leitfäden der Länder.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Flow velocities (m/s) from which hazard classes 1, 2 and 3 begin; a cell takes the higher of its depth class and its velocity class.</source>
      <translation>Fließgeschwindigkeiten (m/s), ab denen die Gefahrenklassen 1, 2 und 3 beginnen; eine Zelle erhält die höhere aus ihrer Tiefenklasse und ihrer Geschwindigkeitsklasse.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Raster of the minute when the water was deepest (to 6 seconds).</source>
      <translation>Raster der Minute, in der das Wasser am tiefsten stand (auf 6 Sekunden genau).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Arrows of speed and direction where the flow is fastest.</source>
      <translation>Pfeile mit Geschwindigkeit und Richtung, wo die Strömung am schnellsten ist.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Rain, losses, water on the ground and water that left, minute by minute.</source>
      <translation>Regen, Verluste, Wasser auf dem Gelände und abgeflossenes Wasser, Minute für Minute.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>A folder with the water depth every ten minutes.</source>
      <translation>Ein Ordner mit der Wassertiefe alle zehn Minuten.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The date and time the rain starts, for the snapshots' time axis.</source>
      <translation>Datum und Uhrzeit des Regenbeginns, für die Zeitachse der Momentaufnahmen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The buildings with water depth at their walls and risk class.</source>
      <translation>Die Gebäude mit der Wassertiefe an ihren Wänden und ihrer Risikoklasse.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>A table of buildings by risk class.</source>
      <translation>Eine Tabelle der Gebäude nach Risikoklasse.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The maximum flow velocity of 'Design rain: 2D simulation' (on the grid of the water depths); fast water along the walls raises the risk class.</source>
      <translation>Die maximale Fließgeschwindigkeit aus „Bemessungsregen: 2D-Simulation“ (auf dem Raster der Wassertiefen); schnelles Wasser an den Wänden erhöht die Risikoklasse.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The contributing area of 'Flow paths', to find buildings in a flow path.</source>
      <translation>Die Einzugsfläche aus „Fließwege“, um Gebäude in einem Fließweg zu finden.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>OSM lines (file.osm.pbf|layername=lines) or a municipal line layer.</source>
      <translation>OSM-Linien (datei.osm.pbf|layername=lines) oder ein kommunaler Linien-Layer.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The walkable edges with length, walking time and crossings.</source>
      <translation>Die begehbaren Kanten mit Länge, Gehzeit und Querungen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Each home with its school, routes, lengths and crossings.</source>
      <translation>Jede Wohnadresse mit Schule, Wegen, Längen und Querungen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The route lines from the door to the school (can be many).</source>
      <translation>Die Weglinien von der Haustür zur Schule (können viele sein).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Points where pupils cross a road without signal or zebra, ranked.</source>
      <translation>Stellen, an denen Schulkinder eine Straße ohne Ampel oder Zebrastreifen queren, nach Rang.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Road sections with pupils along fast traffic without sidewalk, ranked.</source>
      <translation>Straßenabschnitte mit Schulkindern entlang schnellen Verkehrs ohne Gehweg, nach Rang.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The hotspots as a table for the school-route plan.</source>
      <translation>Die Gefahrenstellen als Tabelle für den Schulwegplan.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Walking-time bands around each school.</source>
      <translation>Gehzeitbänder um jede Schule.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>An OpenStreetMap extract of your town (.osm.pbf, .osm or .osm.gz).</source>
      <translation>Ein OpenStreetMap-Ausschnitt Ihrer Gemeinde (.osm.pbf, .osm oder .osm.gz).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The schools as points with name and type.</source>
      <translation>Die Schulen als Punkte mit Name und Schulart.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The homes as points with street, house number and one pupil each.</source>
      <translation>Die Wohnadressen als Punkte mit Straße, Hausnummer und je einem Kind.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The route lines of 'School route analysis' (their safe routes are drawn).</source>
      <translation>Die Weg-Linien der „Schulweganalyse“ (ihre sicheren Wege werden gezeichnet).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The crossing hotspots of 'School route hotspots'; those on a school's map are numbered and listed.</source>
      <translation>Die Querungs-Gefahrenstellen aus „Gefahrenstellen auf Schulwegen“; die auf der Karte einer Schule werden nummeriert und aufgelistet.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Lines drawn in grey under every map, e.g. the walking network.</source>
      <translation>Linien, die grau unter jeder Karte gezeichnet werden, z. B. das Fußwegenetz.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The title above every page; the school's name follows it.</source>
      <translation>Der Titel über jeder Seite; der Name der Schule folgt ihm.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The PDF file, one A4 page per school.</source>
      <translation>Die PDF-Datei, eine A4-Seite je Schule.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>One or more yearly Unfallatlas files (Unfallorte&lt;year&gt;_LinRef.csv), e.g. the last three years.</source>
      <translation>Eine oder mehrere Jahresdateien des Unfallatlas (Unfallorte&lt;Jahr&gt;_LinRef.csv), z. B. die der letzten drei Jahre.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Which accidents to keep: with pedestrians or cyclists (for school routes), only one of them, or all.</source>
      <translation>Welche Unfälle übernommen werden: mit Fußgängern oder Radfahrern (für Schulwege), nur mit einem von beiden oder alle.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Only accidents inside this extent (your town); empty for all.</source>
      <translation>Nur Unfälle in diesem Ausschnitt (Ihre Gemeinde); leer für alle.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The accidents as points in EPSG:25832 with year, severity, who was involved and the hazard weight.</source>
      <translation>Die Unfälle als Punkte in EPSG:25832 mit Jahr, Schwere, Beteiligten und Gefahrengewicht.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The homes with the walking time to the nearest school of each type.</source>
      <translation>Die Wohnadressen mit der Gehzeit zur nächsten Schule jeder Schulart.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>A CityGML 2.0 or 1.0 file with LoD2 buildings.</source>
      <translation>Eine CityGML-2.0- oder -1.0-Datei mit LoD2-Gebäuden.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The layer's field with the buildings' gml:id; empty: match by footprint.</source>
      <translation>Das Feld des Layers mit der gml:id der Gebäude; leer: Zuordnung über den Grundriss.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The layer's fields added to each matched building.</source>
      <translation>Die Felder des Layers, die jedem zugeordneten Gebäude hinzugefügt werden.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>A rain gauge's observations (a table or layer with a time and the rain in mm since the observation before), e.g. the output of 'Fetch observations' for one gauge and the event.</source>
      <translation>Die Beobachtungen eines Regenschreibers (eine Tabelle oder ein Layer mit einer Zeit und dem Regen in mm seit der vorigen Beobachtung), z. B. die Ausgabe von „Beobachtungen abrufen“ für einen Regenschreiber und das Ereignis.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The field with the observation times (UTC unless they say otherwise).</source>
      <translation>Das Feld mit den Beobachtungszeiten (UTC, sofern sie nichts anderes sagen).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The field with the rain in mm since the observation before.</source>
      <translation>Das Feld mit dem Regen in mm seit der vorigen Beobachtung.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>A CityGML 2.0/1.0 file (.gml, .xml) or a CityJSON/CityJSONSeq file (.json, .jsonl).</source>
      <translation>Eine CityGML-2.0/1.0-Datei (.gml, .xml) oder eine CityJSON/CityJSONSeq-Datei (.json, .jsonl).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Only when the file names no CRS, or a wrong one.</source>
      <translation>Nur wenn die Datei kein oder ein falsches KBS nennt.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>One polygon per city object with its id, type and attributes.</source>
      <translation>Ein Polygon je Stadtobjekt mit ID, Typ und Attributen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Optional: per city object its roofs as one 3D multipolygon (roof surfaces of LoD2, the tops of LoD1 blocks), e.g. for the 3D map view.</source>
      <translation>Optional: je Stadtobjekt seine Dächer als ein 3D-Multipolygon (Dachflächen von LoD2, Oberseiten von LoD1-Blöcken), z. B. für die 3D-Kartenansicht.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>A CityGML 1.0/2.0/3.0 file (.gml, .xml) or a CityJSON/CityJSONSeq file (.json, .jsonl).</source>
      <translation>Eine CityGML-1.0/2.0/3.0-Datei (.gml, .xml) oder eine CityJSON-/CityJSONSeq-Datei (.json, .jsonl).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>One row per problem: its line, the id of its city object and the schema's message; empty when the file is valid.</source>
      <translation>Eine Zeile je Problem: seine Zeile, die ID seines Stadtobjekts und die Meldung des Schemas; leer, wenn die Datei gültig ist.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The file with the added attributes; everything else unchanged.</source>
      <translation>Die Datei mit den hinzugefügten Attributen; alles andere unverändert.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The CityGML 2.0 file.</source>
      <translation>Die CityGML-2.0-Datei.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The CityJSON 2.0 file (.json), or CityJSONSeq (.jsonl).</source>
      <translation>Die CityJSON-2.0-Datei (.json) oder CityJSONSeq (.jsonl).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Sensor points, e.g. from 'Load sensor locations'.</source>
      <translation>Sensorpunkte, z. B. aus „Sensorstandorte laden“.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The SensorThings service the Dynamizer links to.</source>
      <translation>Der SensorThings-Dienst, auf den der Dynamizer verweist.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The start of the time series the Dynamizer announces (UTC).</source>
      <translation>Der Beginn der Zeitreihe, die der Dynamizer ankündigt (UTC).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The end of the time series the Dynamizer announces (UTC).</source>
      <translation>Das Ende der Zeitreihe, die der Dynamizer ankündigt (UTC).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>Further sensor fields written as generic attributes.</source>
      <translation>Weitere Sensorfelder, als generische Attribute geschrieben.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The CityGML 3.0 file.</source>
      <translation>Die CityGML-3.0-Datei.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parameter_help.py" />
      <source>The folder of the tileset (tileset.json and the glTF tile).</source>
      <translation>Der Ordner des Tilesets (tileset.json und die glTF-Kachel).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/availability.py" />
      <source>Monday</source>
      <translation>Montag</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/availability.py" />
      <source>Tuesday</source>
      <translation>Dienstag</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/availability.py" />
      <source>Wednesday</source>
      <translation>Mittwoch</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/availability.py" />
      <source>Thursday</source>
      <translation>Donnerstag</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/availability.py" />
      <source>Friday</source>
      <translation>Freitag</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/availability.py" />
      <source>Saturday</source>
      <translation>Samstag</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/availability.py" />
      <source>Sunday</source>
      <translation>Sonntag</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/availability.py" />
      <source>Parking availability near destinations</source>
      <translation>Parkraumverfügbarkeit an Zielen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/availability.py" />
      <source>For each destination (town hall, shops, event venue …): the parking facilities within walking distance, their capacity and expected free spaces at the chosen weekday and local hour, the nearest facility with expected free space and its distance, and a pressure index (expected occupancy of the capacity within reach: 0 = empty, 1 = full; empty when nothing is in reach).

Facilities: the output of 'Parking occupancy statistics' (facility_id, capacity, mean_occ). With its weekday × hour profile the slot's occupancy is used, otherwise the mean. Distances are straight lines in metres (in the destinations' CRS, or the UTM zone when it is geographic) - or walking distances along a walking network when one is given (e.g. from 'Build walking network').</source>
      <translation>Für jedes Ziel (Rathaus, Geschäfte, Veranstaltungsort …): die Parkierungsanlagen in Gehentfernung, ihre Kapazität und die erwarteten freien Stellplätze am gewählten Wochentag zur gewählten Ortszeit-Stunde, die nächste Anlage mit erwartet freien Plätzen und ihre Entfernung sowie ein Parkdruck-Index (erwartete Auslastung der erreichbaren Kapazität: 0 = leer, 1 = voll; leer, wenn nichts erreichbar ist).

Anlagen: die Ausgabe von „Parkraum-Auslastungsstatistik“ (facility_id, capacity, mean_occ). Mit ihrem Wochentag-×-Stunde-Profil wird die Auslastung dieses Zeitfensters verwendet, sonst der Mittelwert. Entfernungen sind Luftlinien in Metern (im KBS der Ziele, bei geografischem KBS in der UTM-Zone) – oder Gehwege entlang eines Fußwegenetzes, wenn eines angegeben ist (z. B. aus „Fußwegenetz erstellen“).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/availability.py" />
      <source>Destinations</source>
      <translation>Ziele</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/availability.py" />
      <source>Destination name field</source>
      <translation>Feld mit dem Namen des Ziels</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/availability.py" />
      <source>Facility statistics</source>
      <translation>Anlagenstatistik</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/availability.py" />
      <source>Facility id field</source>
      <translation>Feld mit der Anlagen-ID</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/availability.py" />
      <source>Capacity field</source>
      <translation>Feld mit der Kapazität</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/availability.py" />
      <source>Mean occupancy field</source>
      <translation>Feld mit der mittleren Auslastung</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/availability.py" />
      <source>Facility name field</source>
      <translation>Feld mit dem Anlagennamen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/availability.py" />
      <source>Weekday × hour profile</source>
      <translation>Wochentag-×-Stunde-Profil</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/availability.py" />
      <source>Weekday</source>
      <translation>Wochentag</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/availability.py" />
      <source>Local hour (0–23)</source>
      <translation>Stunde Ortszeit (0–23)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/availability.py" />
      <source>Walking distance (m)</source>
      <translation>Gehentfernung (m)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/availability.py" />
      <source>Free spaces needed</source>
      <translation>Benötigte freie Stellplätze</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/availability.py" />
      <source>Walking network</source>
      <translation>Fußwegenetz</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/availability.py" />
      <source>Availability at destinations</source>
      <translation>Verfügbarkeit an den Zielen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/availability.py" />
      <source>The destination layer is empty.</source>
      <translation>Der Layer der Ziele ist leer.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/forecast.py" />
      <source>Occupancy forecast</source>
      <translation>Auslastungsprognose</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/forecast.py" />
      <source>Forecasts the hourly occupancy rate and free spaces of each facility for the next days after its data ends. Method: the mean of the same local weekday and hour over the last weeks, shifted by how much the last seven days deviated from that profile.

Backtest: each of the last weeks is forecast from the data before it and compared with what was observed: MAE (mean absolute error in occupancy points, 0.05 = 5 %) and MAPE (relative error, hours below 5 % occupancy left out), next to the naive forecast 'same hour last week'. Only trust the forecast where it beats the naive one.

</source>
      <translation>Prognostiziert für jede Anlage die stündliche Auslastung und die freien Stellplätze der nächsten Tage nach dem Ende ihrer Daten. Verfahren: der Mittelwert desselben Wochentags und derselben Ortszeit-Stunde in den letzten Wochen, verschoben um die Abweichung der letzten sieben Tage von diesem Profil.

Rückrechnung (Backtest): jede der letzten Wochen wird aus den Daten davor prognostiziert und mit den Beobachtungen verglichen: MAE (mittlerer absoluter Fehler in Auslastungspunkten, 0,05 = 5 %) und MAPE (relativer Fehler, Stunden unter 5 % Auslastung ausgenommen), neben der naiven Prognose „gleiche Stunde der Vorwoche“. Der Prognose nur dort trauen, wo sie die naive schlägt.

</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/forecast.py" />
      <source>Forecasting …</source>
      <translation>Prognose wird berechnet …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/forecast.py" />
      <source>Days to forecast</source>
      <translation>Zu prognostizierende Tage</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/forecast.py" />
      <source>Weeks of history in the profile</source>
      <translation>Wochen Vorgeschichte im Profil</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/forecast.py" />
      <source>Weeks to backtest</source>
      <translation>Wochen für die Rückrechnung</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/forecast.py" />
      <source>Forecast</source>
      <translation>Prognose</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/forecast.py" />
      <source>Backtest per facility</source>
      <translation>Rückrechnung je Anlage</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/forecast.py" />
      <source>Too little history for a backtest (at least two weeks are needed).</source>
      <translation>Zu wenig Vorgeschichte für eine Rückrechnung (mindestens zwei Wochen nötig).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/forecast.py" />
      <source>Backtest: mean MAE {mae:.3f} (naive {naive:.3f}) over {count} facilities.</source>
      <translation>Rückrechnung: mittlerer MAE {mae:.3f} (naiv {naive:.3f}) über {count} Anlagen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/params.py" />
      <source>Inputs: facilities (points or polygons with an id and a capacity field) and observations (any table or layer with the facility id, a time and the free or occupied count; an optional capacity field there follows capacity changes over time). The outputs of 'Load sensor locations' (stream_id, capacity) and 'Fetch observations' (stream_id, time, value) fit directly. Times are stored in UTC; weekday/hour profiles use German local time (Europe/Berlin, summer time included). A sample counts until the next one of its facility, at most 'maximum gap' minutes: longer silences are gaps, and rejected samples (free &gt; capacity, negative or non-numeric counts, duplicate times, unknown facilities) are counted in the issues field, never dropped silently.</source>
      <translation>Eingaben: Anlagen (Punkte oder Flächen mit einem ID- und einem Kapazitätsfeld) und Beobachtungen (beliebige Tabelle oder Layer mit Anlagen-ID, Zeitpunkt und der Zahl freier oder belegter Plätze; ein optionales Kapazitätsfeld dort bildet Kapazitätsänderungen im Zeitverlauf ab). Die Ausgaben von „Sensorstandorte laden“ (stream_id, capacity) und „Beobachtungen abrufen“ (stream_id, time, value) passen direkt. Zeiten werden in UTC gespeichert; Wochentag-/Stunden-Profile nutzen die deutsche Ortszeit (Europe/Berlin, mit Sommerzeit). Ein Messwert gilt bis zum nächsten seiner Anlage, höchstens „größte Lücke“ Minuten: längere Pausen sind Lücken, und verworfene Messwerte (frei &gt; Kapazität, negative oder nicht numerische Zahlen, doppelte Zeitpunkte, unbekannte Anlagen) werden im Feld issues gezählt, nie stillschweigend verworfen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/params.py" />
      <source>Parking facilities</source>
      <translation>Parkierungsanlagen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/params.py" />
      <source>Observations (table or layer)</source>
      <translation>Beobachtungen (Tabelle oder Layer)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/params.py" />
      <source>Facility id field of the observations</source>
      <translation>Feld mit der Anlagen-ID in den Beobachtungen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/params.py" />
      <source>Time field</source>
      <translation>Feld mit dem Zeitpunkt</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/params.py" />
      <source>Free spaces field</source>
      <translation>Feld mit den freien Stellplätzen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/params.py" />
      <source>Occupied spaces field</source>
      <translation>Feld mit den belegten Stellplätzen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/params.py" />
      <source>Capacity field of the observations</source>
      <translation>Feld mit der Kapazität in den Beobachtungen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/params.py" />
      <source>Period from (UTC)</source>
      <translation>Zeitraum von (UTC)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/params.py" />
      <source>Period to (UTC)</source>
      <translation>Zeitraum bis (UTC)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/params.py" />
      <source>Maximum gap between samples (minutes)</source>
      <translation>Größte Lücke zwischen Messwerten (Minuten)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/params.py" />
      <source>Saturation threshold (share of capacity)</source>
      <translation>Sättigungsschwelle (Anteil der Kapazität)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/params.py" />
      <source>Choose the field with free spaces or the field with occupied spaces.</source>
      <translation>Wählen Sie bitte das Feld mit freien oder das Feld mit belegten Stellplätzen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/params.py" />
      <source>The facility layer is empty.</source>
      <translation>Der Anlagen-Layer ist leer.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/params.py" />
      <source>The observation table is empty.</source>
      <translation>Die Beobachtungstabelle ist leer.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/params.py" />
      <source>Choose the field for '{parameter}'.</source>
      <translation>Wählen Sie bitte das Feld für „{parameter}“.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/params.py" />
      <source>Reading {count} observations …</source>
      <translation>{count} Beobachtungen werden gelesen …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/report.py" />
      <source>Parking report</source>
      <translation>Parkraumbericht</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/report.py" />
      <source>Writes one HTML file (charts embedded, opens in any browser, can be mailed or printed): an overview table per facility (coverage, mean and 95th-percentile occupancy, hours and share at or above the threshold, issues), a weekday × hour heatmap of all facilities with a colour legend, a map of the named facilities coloured by saturation (over roads or buildings when a context layer is given), the on-street turnover per zone when its table is given, and for the busiest facilities a time series with local-time day ticks, the threshold line and their own heatmap. Times are local time (Europe/Berlin). Printed, it fits A4 with one page per facility.

</source>
      <translation>Schreibt eine HTML-Datei (Grafiken eingebettet, öffnet in jedem Browser, lässt sich mailen oder drucken): eine Übersichtstabelle je Anlage (Datenabdeckung, mittlere Auslastung und 95. Perzentil, Stunden und Zeitanteil ab Schwellenwert, Auffälligkeiten), eine Wochentag-×-Stunde-Heatmap aller Anlagen mit Farblegende, eine Karte der beschrifteten Anlagen nach Sättigung eingefärbt (über Straßen oder Gebäuden, wenn eine Kontextebene angegeben ist), den Parkraumumschlag je Zone, wenn dessen Tabelle angegeben ist, und für die am stärksten ausgelasteten Anlagen eine Zeitreihe mit Tagesmarken in Ortszeit, Schwellenwertlinie und ihre eigene Heatmap. Zeiten sind Ortszeit (Europe/Berlin). Gedruckt passt der Bericht auf A4, eine Seite je Anlage.

</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/report.py" />
      <source>Zone turnover table</source>
      <translation>Tabelle des Umschlags je Zone</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/report.py" />
      <source>Map context (roads or buildings)</source>
      <translation>Kartenhintergrund (Straßen oder Gebäude)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/report.py" />
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/report.py" />
      <source>Report</source>
      <translation>Bericht</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/report.py" />
      <source>HTML files (*.html)</source>
      <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/report.py" />
      <source>Report written to {path}</source>
      <translation>Bericht geschrieben: {path}</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/stats.py" />
      <source>Computing time-weighted statistics …</source>
      <translation>Zeitgewichtete Statistik wird berechnet …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/stats.py" />
      <source>Parking occupancy statistics</source>
      <translation>Parkraum-Auslastungsstatistik</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/stats.py" />
      <source>Occupancy statistics per parking facility over a period: coverage (share of the period with data) and the gaps, mean, median and 95th-percentile occupancy rate (time-weighted), peak occupancy and when, hours and share of time at or above the saturation threshold (85 % by default) and a typical daily profile (JSON, local hours). A second table gives the mean occupancy per weekday (0 = Monday) and local hour for each facility and for all facilities together (facility_id '*', weighted by capacity).

</source>
      <translation>Auslastungsstatistik je Parkierungsanlage über einen Zeitraum: Datenabdeckung (Anteil des Zeitraums mit Daten) und Lücken, mittlere, Median- und 95.-Perzentil-Auslastung (zeitgewichtet), Spitzenauslastung und ihr Zeitpunkt, Stunden und Zeitanteil ab der Sättigungsschwelle (Standard 85 %) und ein typisches Tagesprofil (JSON, Ortszeit-Stunden). Eine zweite Tabelle enthält die mittlere Auslastung je Wochentag (0 = Montag) und Ortszeit-Stunde für jede Anlage und für alle Anlagen zusammen (facility_id „*“, nach Kapazität gewichtet).

</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/stats.py" />
      <source>{count} facilities; {saturated} reach the threshold at times.</source>
      <translation>{count} Anlagen; {saturated} erreichen zeitweise die Schwelle.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/turnover.py" />
      <source>On-street bay turnover</source>
      <translation>Parkraumumschlag im Straßenraum</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/turnover.py" />
      <source>Parking sessions of single-bay sensors: a session runs from an 'occupied' event to the next 'free' event of the bay (status words such as occupied/free, belegt/frei, vacant, 1/0 or true/false). Per bay and per zone: number of sessions, median and 90th-percentile dwell time, share of sessions longer than the allowed duration, turnover (sessions per bay and day) and occupied share of the period.

Sessions cut by the start or end of the period (a car already parked at the first event, or still parked at the end) count as sessions, but their unknown dwell time is left out. Bays and zones come from an optional bay layer (its geometry is used for the output); without it the output is a table.</source>
      <translation>Parkvorgänge aus Einzelstellplatz-Sensoren: ein Parkvorgang reicht von einem „belegt“-Ereignis bis zum nächsten „frei“-Ereignis des Stellplatzes (Zustandswörter wie occupied/free, belegt/frei, vacant, 1/0 oder true/false). Je Stellplatz und je Zone: Zahl der Parkvorgänge, Median und 90. Perzentil der Parkdauer, Anteil der Parkvorgänge über der zulässigen Höchstdauer, Umschlag (Parkvorgänge je Stellplatz und Tag) und belegter Zeitanteil.

Parkvorgänge, die Beginn oder Ende des Zeitraums schneiden (ein Fahrzeug steht schon beim ersten Ereignis oder noch am Ende), zählen als Parkvorgänge, ihre unbekannte Dauer bleibt aber außen vor. Stellplätze und Zonen kommen aus einem optionalen Stellplatz-Layer (dessen Geometrie für die Ausgabe verwendet wird); ohne ihn ist die Ausgabe eine Tabelle.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/turnover.py" />
      <source>Bay status events</source>
      <translation>Belegungsereignisse der Stellplätze</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/turnover.py" />
      <source>Bay id field</source>
      <translation>Feld mit der Stellplatz-ID</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/turnover.py" />
      <source>Status field</source>
      <translation>Feld mit dem Zustand</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/turnover.py" />
      <source>Bay id field of the bays</source>
      <translation>Feld mit der Stellplatz-ID im Stellplatz-Layer</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/turnover.py" />
      <source>Zone or street field</source>
      <translation>Feld mit Zone oder Straße</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/turnover.py" />
      <source>Maximum allowed parking duration (minutes)</source>
      <translation>Zulässige Höchstparkdauer (Minuten)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/turnover.py" />
      <source>Bay turnover</source>
      <translation>Umschlag je Stellplatz</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/turnover.py" />
      <source>Zone turnover</source>
      <translation>Umschlag je Zone</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/turnover.py" />
      <source>{sessions} sessions at {bays} bays.</source>
      <translation>{sessions} Parkvorgänge an {bays} Stellplätzen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/parking/turnover.py" />
      <source>{count} events without a readable status or time were skipped.</source>
      <translation>{count} Ereignisse ohne lesbaren Zustand oder Zeitpunkt wurden übersprungen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/observations.py" />
      <source>Fetch observations</source>
      <translation>Beobachtungen abrufen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/observations.py" />
      <source>Fetches the time series of one or more sensor streams in a time range and writes one point per observation at its sensor's location: stream, observed property, unit, time and time_end (UTC; equal for instants, start and end of intervals), numeric value and text value.

Stream ids: SensorThings Datastream ids (as in the stream_id field of 'Load sensor locations'; digits are integer ids) or NGSI-LD '&lt;entity id&gt;#&lt;attribute&gt;', separated by commas. NGSI-LD history comes from the temporal API. Without a range the last 7 days are fetched.

The layer is set up for the Temporal Controller when it is loaded into QGIS.

</source>
      <translation>Ruft die Zeitreihen eines oder mehrerer Sensor-Datenströme in einem Zeitraum ab und schreibt je Beobachtung einen Punkt am Standort des Sensors: Datenstrom, beobachtete Größe, Einheit, time und time_end (UTC; gleich bei Zeitpunkten, Anfang und Ende bei Zeitintervallen), Zahlenwert und Textwert.

Datenstrom-Kennungen: SensorThings-Datastream-IDs (wie im Feld stream_id von „Sensorstandorte laden“; Ziffernfolgen sind ganzzahlige IDs) oder NGSI-LD „&lt;Entitäts-ID&gt;#&lt;Attribut&gt;“, durch Kommas getrennt. Der NGSI-LD-Verlauf kommt aus der zeitlichen API. Ohne Zeitraum werden die letzten 7 Tage abgerufen.

Beim Laden in QGIS wird der Layer für den Temporal Controller eingerichtet.

</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/observations.py" />
      <source>Stream ids</source>
      <translation>Datenstrom-Kennungen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/observations.py" />
      <source>From (UTC)</source>
      <translation>Von (UTC)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/observations.py" />
      <source>To (UTC)</source>
      <translation>Bis (UTC)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/observations.py" />
      <source>Observations</source>
      <translation>Beobachtungen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/observations.py" />
      <source>The start of the time range lies after its end.</source>
      <translation>Der Beginn des Zeitraums liegt nach seinem Ende.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/observations.py" />
      <source>Enter at least one stream id.</source>
      <translation>Geben Sie bitte mindestens eine Datenstrom-Kennung an.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/observations.py" />
      <source>No observations in this time range.</source>
      <translation>Keine Beobachtungen in diesem Zeitraum.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/observations.py" />
      <source>{count} observations loaded.</source>
      <translation>{count} Beobachtungen geladen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/observations.py" />
      <source>{stream}: observations from {start} to {end} …</source>
      <translation>{stream}: Beobachtungen von {start} bis {end} …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/observations.py" />
      <source>{stream} has no location; its rows have no geometry.</source>
      <translation>{stream} hat keinen Standort; seine Zeilen haben keine Geometrie.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/observations.py" />
      <source>Stopped at the limit of {limit} features.</source>
      <translation>Bei der Grenze von {limit} Objekten angehalten.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/params.py" />
      <source>Platform: the service root of a SensorThings API (e.g. https://…/FROST-Server/v1.1) or the address of an NGSI-LD or NGSI-v2 context broker. NGSI brokers need the entity type(s), comma-separated; tenant (NGSILD-Tenant / Fiware-Service), service path and @context are optional. For protected platforms choose an authentication configuration: credentials stay in the QGIS authentication database and never appear in logs or outputs.</source>
      <translation>Plattform: der Dienstwurzelpunkt einer SensorThings API (z. B. https://…/FROST-Server/v1.1) oder die Adresse eines NGSI-LD- oder NGSI-v2-Context-Brokers. NGSI-Broker benötigen den oder die Entitätstypen, durch Kommas getrennt; Mandant (NGSILD-Tenant / Fiware-Service), Service-Pfad und @context sind optional. Für geschützte Plattformen eine Authentifizierungskonfiguration wählen: Zugangsdaten bleiben in der QGIS-Authentifizierungsdatenbank und erscheinen nie in Protokollen oder Ergebnissen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/params.py" />
      <source>OGC SensorThings API (FROST, …)</source>
      <translation>OGC SensorThings API (FROST, …)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/params.py" />
      <source>NGSI-LD context broker</source>
      <translation>NGSI-LD-Context-Broker</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/params.py" />
      <source>NGSI-v2 context broker</source>
      <translation>NGSI-v2-Context-Broker</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/params.py" />
      <source>Platform</source>
      <translation>Plattform</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/params.py" />
      <source>Service URL</source>
      <translation>Dienst-URL</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/params.py" />
      <source>NGSI entity type(s)</source>
      <translation>NGSI-Entitätstyp(en)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/params.py" />
      <source>NGSI tenant / Fiware-Service</source>
      <translation>NGSI-Mandant / Fiware-Service</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/params.py" />
      <source>NGSI-v2 service path</source>
      <translation>NGSI-v2-Service-Pfad</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/params.py" />
      <source>NGSI-LD @context URL</source>
      <translation>NGSI-LD-@context-URL</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/params.py" />
      <source>Authentication</source>
      <translation>Authentifizierung</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/params.py" />
      <source>Maximum number of features</source>
      <translation>Höchstzahl an Objekten</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/params.py" />
      <source>The service URL must start with http:// or https://.</source>
      <translation>Die Dienst-URL muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/parking_feed.py" />
      <source>Detect automatically</source>
      <translation>Automatisch erkennen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/parking_feed.py" />
      <source>ParkAPI (lot list or v3)</source>
      <translation>ParkAPI (Parkplatzliste oder v3)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/parking_feed.py" />
      <source>DATEX II 2.x</source>
      <translation>DATEX II 2.x</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/parking_feed.py" />
      <source>NGSI-LD / NGSI-v2 (Smart Data Models)</source>
      <translation>NGSI-LD / NGSI-v2 (Smart Data Models)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/parking_feed.py" />
      <source>GeoJSON points</source>
      <translation>GeoJSON-Punkte</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/parking_feed.py" />
      <source>Load parking feed</source>
      <translation>Parkdaten-Feed laden</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/parking_feed.py" />
      <source>Reads a parking feed from a URL or a file and writes one point per car park, parking lot or parking bay in a common schema: id, name, type, capacity, free, occupied, occupancy rate (occ_rate, 0–1), status, observation time (UTC), plausibility issues and source.

Supported feeds: ParkAPI lot lists and ParkAPI v3 sites, DATEX II 2.x parking tables (add the status publication as second source for live counts), NGSI-LD and NGSI-v2 parking entities (Smart Data Models OffStreetParking, OnStreetParking, ParkingSpot) and GeoJSON points.

Missing counts are derived from capacity where possible. Implausible values (free &gt; capacity, negative counts, capacity 0), unreadable values, counts older than the chosen age before the feed's publication time (or now) and facilities without coordinates are kept and listed in the issues field. A site that the feed reports as closed (DATEX II site or opening status) has the status 'closed'.

GeoJSON from a geoportal may be in its own CRS (a 'crs' member such as EPSG:25832: the points are converted to WGS 84, and points outside that CRS's area are flagged) and use its own property names: the usual ones (name, bezeichnung, capacity, stellplaetze, free, frei …) are found by themselves, others are given in the field mapping, e.g. 'name=STANDORT; capacity=ANZ_PLAETZE; free=FREI'. Roles: id, name, kind, capacity, free, occupied, status, time. When no property holds counts, every record says so.

For protected feeds choose an authentication configuration: credentials go only to the feed's own server and stay in the QGIS authentication database.</source>
      <translation>Liest einen Parkdaten-Feed von einer URL oder aus einer Datei und schreibt je Parkhaus, Parkplatz oder Stellplatz einen Punkt in einem einheitlichen Schema: ID, Name, Typ, Kapazität, frei, belegt, Auslastung (occ_rate, 0–1), Status, Beobachtungszeit (UTC), Plausibilitätshinweise und Quelle.

Unterstützte Feeds: ParkAPI-Parkplatzlisten und ParkAPI-v3-Standorte, DATEX-II-2.x-Parktabellen (für aktuelle Belegung die Statuspublikation als zweite Quelle angeben), NGSI-LD- und NGSI-v2-Parkentitäten (Smart Data Models OffStreetParking, OnStreetParking, ParkingSpot) sowie GeoJSON-Punkte.

Fehlende Zählwerte werden, wo möglich, aus der Kapazität abgeleitet. Unplausible Werte (frei &gt; Kapazität, negative Zählwerte, Kapazität 0), unlesbare Werte, Zählwerte, die älter als das gewählte Alter vor der Veröffentlichungszeit des Feeds (oder jetzt) sind, und Anlagen ohne Koordinaten bleiben erhalten und werden im Feld issues aufgeführt. Eine Anlage, die der Feed als geschlossen meldet (DATEX-II-Anlagen- oder Öffnungsstatus), hat den Status „closed“.

GeoJSON aus einem Geoportal darf in seinem eigenen KBS vorliegen (ein „crs“-Element wie EPSG:25832: die Punkte werden nach WGS 84 umgerechnet, Punkte außerhalb des Gebiets dieses KBS werden markiert) und eigene Eigenschaftsnamen verwenden: die üblichen (name, bezeichnung, capacity, stellplaetze, free, frei …) werden selbst gefunden, andere in der Feldzuordnung angegeben, z. B. „name=STANDORT; capacity=ANZ_PLAETZE; free=FREI“. Rollen: id, name, kind, capacity, free, occupied, status, time. Enthält keine Eigenschaft Zahlen, vermerkt das jeder Datensatz.

Für geschützte Feeds eine Authentifizierungskonfiguration wählen: Zugangsdaten gehen nur an den Server des Feeds und bleiben in der QGIS-Authentifizierungsdatenbank.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/parking_feed.py" />
      <source>GeoJSON field mapping (role=property; …)</source>
      <translation>GeoJSON-Feldzuordnung (Rolle=Eigenschaft; …)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/parking_feed.py" />
      <source>Reading the parking feed …</source>
      <translation>Parkdaten-Feed wird gelesen …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/parking_feed.py" />
      <source>Feed URL or file</source>
      <translation>Feed-URL oder Datei</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/parking_feed.py" />
      <source>DATEX II status publication (URL or file)</source>
      <translation>DATEX-II-Statuspublikation (URL oder Datei)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/parking_feed.py" />
      <source>Feed format</source>
      <translation>Feed-Format</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/parking_feed.py" />
      <source>Flag counts older than (minutes before publication; 0: never)</source>
      <translation>Zählwerte markieren, die älter sind als (Minuten vor der Veröffentlichung; 0: nie)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/parking_feed.py" />
      <source>The feed contains no parking facilities.</source>
      <translation>Der Feed enthält keine Parkierungsanlagen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/parking_feed.py" />
      <source>No property of the feed holds counts (capacity, free, occupied): name them in the GeoJSON field mapping, e.g. 'capacity=ANZ_PLAETZE; free=FREI'.</source>
      <translation>Keine Eigenschaft des Feeds enthält Zahlen (capacity, free, occupied): nennen Sie sie in der GeoJSON-Feldzuordnung, z. B. „capacity=ANZ_PLAETZE; free=FREI“.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/parking_feed.py" />
      <source>{count} facilities loaded, {flagged} with issues (no location or implausible counts: see the issues field).</source>
      <translation>{count} Anlagen geladen, davon {flagged} mit Hinweisen (ohne Lage oder mit unplausiblen Zählwerten: siehe Feld issues).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/sensor_locations.py" />
      <source>Load sensor locations</source>
      <translation>Sensorstandorte laden</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/sensor_locations.py" />
      <source>Loads the sensors of an urban data platform as points: one point per SensorThings Datastream, or per measured attribute of an NGSI entity, with thing and stream name, observed property, unit and the latest value with its time (UTC).

Filters: observed property (exact name; for NGSI the attribute name), a text that the thing or stream name must contain, and an extent. Servers that do not support a spatial filter or sorting are handled automatically (the log says so). Sensors without a location are kept without geometry. Simple properties of the things (e.g. capacity) become fields of their own; all properties are also kept as JSON.

</source>
      <translation>Lädt die Sensoren einer urbanen Datenplattform als Punkte: je SensorThings-Datastream oder je Messattribut einer NGSI-Entität ein Punkt, mit Namen von Objekt (Thing) und Datenstrom, beobachteter Größe, Einheit und dem letzten Wert mit seiner Zeit (UTC).

Filter: beobachtete Größe (genauer Name; bei NGSI der Attributname), ein Text, den der Objekt- oder Datenstromname enthalten muss, und ein Ausschnitt. Server ohne räumliche Filter oder Sortierung werden automatisch berücksichtigt (das Protokoll meldet es). Sensoren ohne Standort bleiben ohne Geometrie erhalten. Einfache Eigenschaften der Objekte (z. B. Kapazität) werden zu eigenen Feldern; alle Eigenschaften bleiben zusätzlich als JSON erhalten.

</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/sensor_locations.py" />
      <source>Observed property</source>
      <translation>Beobachtete Größe</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/sensor_locations.py" />
      <source>Name contains</source>
      <translation>Name enthält</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/sensor_locations.py" />
      <source>Extent</source>
      <translation>Ausschnitt</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/sensor_locations.py" />
      <source>Include latest value</source>
      <translation>Letzten Wert einbeziehen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/sensor_locations.py" />
      <source>Sensor locations</source>
      <translation>Sensorstandorte</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/sensor_locations.py" />
      <source>The platform returned no sensors for these filters.</source>
      <translation>Die Plattform lieferte für diese Filter keine Sensoren.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/sensor_locations.py" />
      <source>Reading sensors from {url} …</source>
      <translation>Sensoren werden von {url} gelesen …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/sensor_locations.py" />
      <source>{count} sensor streams loaded, {missing} without location.</source>
      <translation>{count} Sensor-Datenströme geladen, {missing} ohne Standort.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/platforms/sensor_locations.py" />
      <source>Stopped at the limit of {limit} features; raise it to load more.</source>
      <translation>Bei der Grenze von {limit} Objekten angehalten; für mehr die Grenze erhöhen.</translation>
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
      <location filename="smartcity_qgis/processing/schoolroutes/accidents.py" />
      <source>people killed</source>
      <translation>mit Getöteten</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/accidents.py" />
      <source>seriously injured</source>
      <translation>mit Schwerverletzten</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/accidents.py" />
      <source>slightly injured</source>
      <translation>mit Leichtverletzten</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/accidents.py" />
      <source>Accidents with pedestrians or cyclists</source>
      <translation>Unfälle mit Fußgängern oder Radfahrern</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/accidents.py" />
      <source>Accidents with pedestrians</source>
      <translation>Unfälle mit Fußgängern</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/accidents.py" />
      <source>Accidents with cyclists</source>
      <translation>Unfälle mit Radfahrern</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/accidents.py" />
      <source>All accidents</source>
      <translation>Alle Unfälle</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/accidents.py" />
      <source>Load accident atlas (Unfallatlas)</source>
      <translation>Unfallatlas laden</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/accidents.py" />
      <source>Reads the yearly accident files of the Unfallatlas of the statistical offices (Unfallorte&lt;year&gt;_LinRef.csv from unfallatlas.statistikportal.de, licence dl-de/by-2-0) and writes the accidents as points in ETRS89 / UTM 32N (EPSG:25832), ready as hazard points for 'School route analysis' (hazard weight field: weight).

The files of all years are read alike (their columns differ in order and spelling, e.g. UIDENTSTLAE/UIDENTSTLA, ULICHTVERH/LICHT; semicolons and decimal commas). Used: UKATEGORIE (1 people killed, 2 seriously injured, 3 slightly injured; weight 3, 2, 1), IstFuss and IstRad (pedestrian, cyclist involved), UJAHR, UMONAT, UWOCHENTAG (1 = Sunday), USTUNDE, UART (kind), UTYP1 (type), ULICHTVERH (0 daylight, 1 twilight, 2 darkness) and the position LINREFX/LINREFY (EPSG:25832) or, without it, XGCSWGS84/YGCSWGS84. Rows without a position or category are counted in the log, not silently dropped. Give an extent to keep only your town.</source>
      <translation>Liest die Jahresdateien des Unfallatlas der Statistischen Ämter (Unfallorte&lt;Jahr&gt;_LinRef.csv von unfallatlas.statistikportal.de, Lizenz dl-de/by-2-0) und schreibt die Unfälle als Punkte in ETRS89 / UTM 32N (EPSG:25832), fertig als Gefahrenpunkte für die „Schulweganalyse“ (Feld für das Gefahrengewicht: weight).

Die Dateien aller Jahre werden gleich gelesen (ihre Spalten unterscheiden sich in Reihenfolge und Schreibweise, z. B. UIDENTSTLAE/UIDENTSTLA, ULICHTVERH/LICHT; Semikolons und Dezimalkommas). Verwendet werden: UKATEGORIE (1 mit Getöteten, 2 mit Schwerverletzten, 3 mit Leichtverletzten; Gewicht 3, 2, 1), IstFuss und IstRad (Fußgänger, Radfahrer beteiligt), UJAHR, UMONAT, UWOCHENTAG (1 = Sonntag), USTUNDE, UART (Unfallart), UTYP1 (Unfalltyp), ULICHTVERH (0 Tageslicht, 1 Dämmerung, 2 Dunkelheit) und die Lage LINREFX/LINREFY (EPSG:25832) oder, ohne sie, XGCSWGS84/YGCSWGS84. Zeilen ohne Lage oder Kategorie werden im Protokoll gezählt, nicht stillschweigend verworfen. Geben Sie einen Ausschnitt an, um nur Ihre Gemeinde zu behalten.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/accidents.py" />
      <source>Unfallatlas CSV files</source>
      <translation>Unfallatlas-CSV-Dateien</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/accidents.py" />
      <source>Accidents</source>
      <translation>Unfälle</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/accidents.py" />
      <source>Choose at least one Unfallatlas CSV file.</source>
      <translation>Wählen Sie bitte mindestens eine Unfallatlas-CSV-Datei.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/accidents.py" />
      <source>No accident matched; the layer is empty.</source>
      <translation>Kein Unfall passte; der Layer ist leer.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/accidents.py" />
      <source>{count} accidents written.</source>
      <translation>{count} Unfälle geschrieben.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/accidents.py" />
      <source>{path}: {rows} rows, {kept} accidents kept; left out: {other} with other road users, {unplaced} without position, {uncategorised} without accident category.</source>
      <translation>{path}: {rows} Zeilen, {kept} Unfälle übernommen; ausgelassen: {other} mit anderen Verkehrsteilnehmern, {unplaced} ohne Lage, {uncategorised} ohne Unfallkategorie.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/accidents.py" />
      <source>{count} accidents lie outside the extent.</source>
      <translation>{count} Unfälle liegen außerhalb des Ausschnitts.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/catchments.py" />
      <source>School catchments</source>
      <translation>Schuleinzugsbereiche</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/catchments.py" />
      <source>Walking-time bands around every school as polygons (the network reachable within 5, 10, 15, 20 … minutes at the network's walking speed, drawn as a corridor of the given width on a grid of half that width), and optionally for every home the walking time to the nearest school of each type (one field per school type, e.g. Grundschule, Gymnasium).</source>
      <translation>Gehzeit-Zonen um jede Schule als Flächen (das Netz, das in 5, 10, 15, 20 … Minuten bei der Gehgeschwindigkeit des Netzes erreichbar ist, als Korridor der angegebenen Breite auf einem Raster der halben Breite gezeichnet) und optional für jede Wohnadresse die Gehzeit zur nächsten Schule jeder Schulart (ein Feld je Schulart, z. B. Grundschule, Gymnasium).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/catchments.py" />
      <source>Give the walking-time bands as positive minutes, e.g. 5, 10, 15, 20.</source>
      <translation>Geben Sie bitte die Gehzeit-Zonen als positive Minuten an, z. B. 5, 10, 15, 20.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/catchments.py" />
      <source>School type field</source>
      <translation>Feld mit der Schulart</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/catchments.py" />
      <source>Walking-time bands (minutes)</source>
      <translation>Gehzeit-Zonen (Minuten)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/catchments.py" />
      <source>Corridor width either side (m)</source>
      <translation>Korridorbreite je Seite (m)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/catchments.py" />
      <source>Snapping distance to the network (m)</source>
      <translation>Fangabstand zum Netz (m)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/catchments.py" />
      <source>Homes</source>
      <translation>Wohnadressen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/catchments.py" />
      <source>Catchments</source>
      <translation>Einzugsbereiche</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/catchments.py" />
      <source>Homes with walking times</source>
      <translation>Wohnadressen mit Gehzeiten</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/catchments.py" />
      <source>{count} homes reach no school on the network (too far from it or on a separate part); their walking times are empty.</source>
      <translation>{count} Wohnadressen erreichen keine Schule auf dem Netz (zu weit entfernt oder auf einem getrennten Netzteil); ihre Gehzeiten bleiben leer.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/hotspots.py" />
      <source>rank</source>
      <translation>Rang</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/hotspots.py" />
      <source>kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/hotspots.py" />
      <source>pupils</source>
      <translation>Kinder</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/hotspots.py" />
      <source>crossing</source>
      <translation>Querung</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/hotspots.py" />
      <source>roads</source>
      <translation>Straßen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/hotspots.py" />
      <source>School route hotspots</source>
      <translation>Gefahrenstellen auf Schulwegen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/hotspots.py" />
      <source>Counts the pupils (weighted by pupils per home) whose route - the safest by default - passes each point and road section, and ranks the hazards by the children exposed: points where routes cross a road without signal or zebra (a main road at a junction, or any road at an unmarked crossing - walking along a road past a side street is no crossing, and a school's own node is not counted) and sections walked along fast traffic without sidewalk. The pupils at a crossing point are those whose routes cross there, the same count as the crossings per home of 'School routes'. Writes both as layers (rank 1 = most pupils) and, optionally, as a CSV table for the school-route plan.

</source>
      <translation>Zählt die Schülerinnen und Schüler (gewichtet nach Kindern je Wohnadresse), deren Weg – standardmäßig der sicherste – jeden Punkt und Straßenabschnitt passiert, und ordnet die Gefahrenstellen nach der Zahl betroffener Kinder: Stellen, an denen Wege eine Straße ohne Ampel oder Zebrastreifen queren (eine Hauptstraße an einer Einmündung oder Kreuzung, oder irgendeine Straße an einer ungesicherten Querungsstelle – wer an einer Straße entlang an einer Einmündung vorbeigeht, quert nicht, und der Knoten der Schule selbst zählt nicht) und Abschnitte entlang schnellen Verkehrs ohne Gehweg. Die Kinder an einer Querungsstelle sind die, deren Wege dort queren – dieselbe Zählung wie die Querungen je Wohnadresse von „Schulwege“. Schreibt beide als Layer (Rang 1 = die meisten Kinder) und optional als CSV-Tabelle für den Schulwegplan.

</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/hotspots.py" />
      <source>Crossing hotspots</source>
      <translation>Gefahrenstellen an Querungen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/hotspots.py" />
      <source>Road section hotspots</source>
      <translation>Gefahrenstellen an Straßenabschnitten</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/hotspots.py" />
      <source>Hotspot table (CSV)</source>
      <translation>Tabelle der Gefahrenstellen (CSV)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/hotspots.py" />
      <source>CSV files (*.csv)</source>
      <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/hotspots.py" />
      <source>{nodes} crossing hotspots and {edges} road sections with pupils.</source>
      <translation>{nodes} Gefahrenstellen an Querungen und {edges} Straßenabschnitte mit Schulkindern.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/osm_inputs.py" />
      <source>Schools and homes from OpenStreetMap</source>
      <translation>Schulen und Wohnadressen aus OpenStreetMap</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/osm_inputs.py" />
      <source>For towns without their own school and address layers: reads an OpenStreetMap file (.osm.pbf or .osm) and writes the schools and the homes for the school-route tools.

Schools: amenity=school points and areas (a point inside the area), with name and type from school:de (Grundschule, Gymnasium …), else isced:level (1: Grundschule, 2 or 3: weiterführende Schule), else words of the name.

Homes: buildings with an address (addr:housenumber) that are dwellings or of unknown use (building=yes, house, residential, apartments …) and have no other use (amenity, shop, office, craft, tourism …), and address points outside buildings or in dwellings without an address of their own; one pupil each (edit the field 'pupils' where you know more).</source>
      <translation>Für Gemeinden ohne eigene Schul- und Adresslayer: Liest eine OpenStreetMap-Datei (.osm.pbf oder .osm) und schreibt die Schulen und die Wohnadressen für die Schulweg-Werkzeuge.

Schulen: Punkte und Flächen mit amenity=school (ein Punkt in der Fläche), mit Name und Schulart aus school:de (Grundschule, Gymnasium …), sonst aus isced:level (1: Grundschule, 2 oder 3: weiterführende Schule), sonst aus Wörtern des Namens.

Wohnadressen: Gebäude mit Adresse (addr:housenumber), die Wohngebäude oder unbekannter Nutzung sind (building=yes, house, residential, apartments …) und keiner anderen Nutzung dienen (amenity, shop, office, craft, tourism …), sowie Adresspunkte außerhalb von Gebäuden oder in Wohngebäuden ohne eigene Adresse; je ein Kind (ändern Sie das Feld „pupils“, wo Sie mehr wissen).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/osm_inputs.py" />
      <source>{path} cannot be read as an OpenStreetMap file.</source>
      <translation>{path} kann nicht als OpenStreetMap-Datei gelesen werden.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/osm_inputs.py" />
      <source>OpenStreetMap file</source>
      <translation>OpenStreetMap-Datei</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/osm_inputs.py" />
      <source>Schools</source>
      <translation>Schulen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/osm_inputs.py" />
      <source>The file has no amenity=school; add your schools by hand.</source>
      <translation>Die Datei enthält kein amenity=school; tragen Sie Ihre Schulen bitte von Hand ein.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/osm_inputs.py" />
      <source>OpenStreetMap files (*.osm.pbf *.pbf *.osm *.osm.gz)</source>
      <translation>OpenStreetMap-Dateien (*.osm.pbf *.pbf *.osm *.osm.gz)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/osm_inputs.py" />
      <source>{schools} schools and {homes} homes found in {path}.</source>
      <translation>{schools} Schulen und {homes} Wohnadressen in {path} gefunden.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/params.py" />
      <source>Network: the output of 'Build walking network' (edited or not) or any line layer in a projected CRS (a geographic CRS is converted to UTM). Homes and schools may be points or polygons (their centre is used); a home joins the network at the nearest point of the nearest edge and a school at its nearest node, within the snapping distance; homes further away are reported, not routed. Each home goes to the school nearest along the network, or - with school districts - to the school named in its district. Safe route: length × (1 + fast-traffic factor where walking along 50 km/h or more without sidewalk, + unlit factor on unlit ways) + metres per unprotected crossing (unmarked crossings, and junctions of footways or side streets with a main road without signal or zebra) + metres per hazard point (e.g. accidents) near the route; a hazard line (e.g. a dangerous road section) raises the length factor of the edges it runs along. Crossings are counted (per home and in the hotspots) only where a route crosses a road without signal or zebra: a main road at a junction, or any road at a mapped crossing. Walking along a road past a side street crosses nothing, and neither the home's nor the school's own node counts.</source>
      <translation>Netz: die Ausgabe von „Fußwegenetz erstellen“ (bearbeitet oder nicht) oder ein beliebiger Linien-Layer in einem projizierten KBS (ein geografisches KBS wird in UTM umgerechnet). Wohnadressen und Schulen dürfen Punkte oder Flächen sein (ihr Mittelpunkt zählt); eine Wohnadresse wird am nächsten Punkt der nächsten Kante an das Netz angebunden, eine Schule an ihrem nächsten Knoten, jeweils innerhalb des Fangabstands; weiter entfernte Wohnadressen werden gemeldet, nicht geroutet. Jede Wohnadresse gehört zur im Netz nächsten Schule oder – mit Schulbezirken – zur Schule ihres Bezirks. Sicherer Weg: Länge × (1 + Faktor für schnellen Verkehr, wo entlang 50 km/h oder mehr ohne Gehweg gegangen wird, + Faktor für unbeleuchtete Wege) + Meter je ungesicherter Querung (ungesicherte Querungsstellen sowie Einmündungen von Fußwegen oder Nebenstraßen in eine Hauptstraße ohne Ampel oder Zebrastreifen) + Meter je Gefahrenpunkt (z. B. Unfälle) nahe dem Weg; eine Gefahrenlinie (z. B. ein gefährlicher Straßenabschnitt) erhöht den Längenfaktor der Kanten, entlang derer sie verläuft. Querungen werden (je Wohnadresse und bei den Gefahrenstellen) nur dort gezählt, wo ein Weg eine Straße ohne Ampel oder Zebrastreifen quert: eine Hauptstraße an einer Einmündung oder Kreuzung, oder irgendeine Straße an einer eingetragenen Querungsstelle. Wer an einer Straße entlang an einer Einmündung vorbeigeht, quert nichts, und weder der Knoten der Wohnadresse noch der der Schule zählt.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/params.py" />
      <source>Safest route</source>
      <translation>Sicherster Weg</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/params.py" />
      <source>Shortest route</source>
      <translation>Kürzester Weg</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/params.py" />
      <source>Safe route: metres added per unprotected crossing</source>
      <translation>Sicherer Weg: Meter je ungesicherter Querung</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/params.py" />
      <source>Safe route: extra length factor along fast traffic without sidewalk</source>
      <translation>Sicherer Weg: zusätzlicher Längenfaktor entlang schnellen Verkehrs ohne Gehweg</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/params.py" />
      <source>Safe route: extra length factor along unlit ways</source>
      <translation>Sicherer Weg: zusätzlicher Längenfaktor entlang unbeleuchteter Wege</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/params.py" />
      <source>Safe route: metres added per weight unit of a hazard point</source>
      <translation>Sicherer Weg: Meter je Gewichtseinheit eines Gefahrenpunkts</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/params.py" />
      <source>Safe route: extra length factor per weight unit along a hazard line</source>
      <translation>Sicherer Weg: zusätzlicher Längenfaktor je Gewichtseinheit entlang einer Gefahrenlinie</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/params.py" />
      <source>School name or id field</source>
      <translation>Feld mit Schulname oder -ID</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/params.py" />
      <source>School districts</source>
      <translation>Schulbezirke</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/params.py" />
      <source>School of the district (field)</source>
      <translation>Schule des Bezirks (Feld)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/params.py" />
      <source>Hazard points or lines</source>
      <translation>Gefahrenpunkte oder -linien</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/params.py" />
      <source>Hazard weight field</source>
      <translation>Feld mit der Gefahrengewichtung</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/params.py" />
      <source>Route counted for hotspots</source>
      <translation>Für Gefahrenstellen gezählter Weg</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/params.py" />
      <source>The input '{parameter}' is empty.</source>
      <translation>Die Eingabe „{parameter}“ ist leer.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/params.py" />
      <source>Choose the field of the districts that names their school.</source>
      <translation>Wählen Sie bitte das Feld der Bezirke, das ihre Schule nennt.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/params.py" />
      <source>Homes (addresses or buildings)</source>
      <translation>Wohnadressen (Adresspunkte oder Gebäude)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/params.py" />
      <source>Pupils per home (field)</source>
      <translation>Schulkinder je Wohnadresse (Feld)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/params.py" />
      <source>Network: {count} edges.</source>
      <translation>Netz: {count} Kanten.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/params.py" />
      <source>Routing {homes} homes to {schools} schools …</source>
      <translation>{homes} Wohnadressen werden zu {schools} Schulen geroutet …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/route_plan.py" />
      <source>School route plan (PDF)</source>
      <translation>Schulwegplan (PDF)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/route_plan.py" />
      <source>Writes the school route plan (Schulwegplan) that towns hand out to parents: one A4 page per school with a map of the safe routes of its homes (the route lines of 'School route analysis'), the danger spots on that map numbered by the pupils who cross there (the crossing hotspots of 'School route hotspots'), the school, the walking network as background, legend, scale bar and the numbered list of the danger spots. Schools without routed homes get no page.</source>
      <translation>Schreibt den Schulwegplan, den Gemeinden an Eltern ausgeben: eine A4-Seite je Schule mit einer Karte der sicheren Wege ihrer Wohnadressen (die Weg-Linien der „Schulweganalyse“), den Gefahrenstellen auf dieser Karte, nummeriert nach der Zahl der Kinder, die dort queren (die Querungs-Gefahrenstellen aus „Gefahrenstellen auf Schulwegen“), der Schule, dem Fußwegenetz als Hintergrund, Legende, Maßstabsleiste und der nummerierten Liste der Gefahrenstellen. Schulen ohne geroutete Wohnadressen bekommen keine Seite.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/route_plan.py" />
      <source>Safe routes of {routes} homes (blue); danger spots numbered as in the list</source>
      <translation>Sichere Wege von {routes} Wohnadressen (blau); Gefahrenstellen nummeriert wie in der Liste</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/route_plan.py" />
      <source>Danger spots on this map (pupils crossing there)</source>
      <translation>Gefahrenstellen auf dieser Karte (Kinder, die dort queren)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/route_plan.py" />
      <source>Made on {day} with the Smart City plugin for QGIS.</source>
      <translation>Erstellt am {day} mit der Smart-City-Erweiterung für QGIS.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/route_plan.py" />
      <source>Route lines</source>
      <translation>Weg-Linien</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/route_plan.py" />
      <source>Danger spots (crossing hotspots)</source>
      <translation>Gefahrenstellen (Querungen)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/route_plan.py" />
      <source>Background lines (walking network)</source>
      <translation>Hintergrundlinien (Fußwegenetz)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/route_plan.py" />
      <source>School route plan</source>
      <translation>Schulwegplan</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/route_plan.py" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/route_plan.py" />
      <source>The route lines need the field 'school': use the route lines of 'School route analysis'.</source>
      <translation>Die Weg-Linien brauchen das Feld „school“: Verwenden Sie bitte die Weg-Linien der „Schulweganalyse“.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/route_plan.py" />
      <source>No safe route leads to any of these schools: the route lines name {routed}, the schools are {schools}. Choose the school field used for the routes.</source>
      <translation>Kein sicherer Weg führt zu einer dieser Schulen: Die Weg-Linien nennen {routed}, die Schulen heißen {schools}. Wählen Sie bitte das Schulfeld, das für die Wege verwendet wurde.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/route_plan.py" />
      <source>No danger spot counted on this map.</source>
      <translation>Auf dieser Karte wurde keine Gefahrenstelle gezählt.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/route_plan.py" />
      <source>{count} pages written to {path}</source>
      <translation>{count} Seiten nach {path} geschrieben</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/route_plan.py" />
      <source>pupils: {pupils:.0f}</source>
      <translation>Kinder: {pupils:.0f}</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/routes.py" />
      <source>School route analysis</source>
      <translation>Schulweganalyse</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/routes.py" />
      <source>Routes every home to its school on the walking network, along the shortest and the safest route, in one go (shortest-path trees from the schools). Per home: school, status (ok, unreachable, far from network), snapping distance, straight-line distance, length and walking time of both routes, detour factor (shortest route / straight line), extra length of the safe route (safe / shortest), unprotected crossings and metres along fast traffic without sidewalk on each route. Lengths and times include the walk from the door to the nearest point of the network (snap_m) and from the school's node to the school. Route lines (optional: they can be many) run from the door to the school.

</source>
      <translation>Führt jede Wohnadresse auf dem Fußwegenetz zu ihrer Schule, auf dem kürzesten und dem sichersten Weg, in einem Durchgang (Kürzeste-Wege-Bäume von den Schulen aus). Je Wohnadresse: Schule, Status (ok, unreachable = nicht erreichbar, far from network = fern vom Netz), Fangabstand, Luftlinie, Länge und Gehzeit beider Wege, Umwegfaktor (kürzester Weg / Luftlinie), Mehrlänge des sicheren Wegs (sicher / kürzest), ungesicherte Querungen und Meter entlang schnellen Verkehrs ohne Gehweg auf jedem Weg. Längen und Gehzeiten enthalten den Weg von der Haustür zum nächsten Punkt des Netzes (snap_m) und vom Knoten der Schule bis zur Schule. Weg-Linien (optional: es können sehr viele sein) führen von der Haustür bis zur Schule.

</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/routes.py" />
      <source>Homes with their routes</source>
      <translation>Wohnadressen mit ihren Wegen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/routes.py" />
      <source>{reached} of {homes} homes routed; median shortest route {median:.0f} m, median extra length of the safe route {extra:.0%}.</source>
      <translation>{reached} von {homes} Wohnadressen geroutet; Median des kürzesten Wegs {median:.0f} m, Median der Mehrlänge des sicheren Wegs {extra:.0%}.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/walk_network.py" />
      <source>Build walking network</source>
      <translation>Fußwegenetz erstellen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/walk_network.py" />
      <source>Builds the walking network for the school-route analysis from OpenStreetMap lines (e.g. 'town.osm.pbf|layername=lines', tags read from other_tags) or any line layer (ATKIS/ALKIS, municipal footpaths; a road-class field and columns such as maxspeed, sidewalk, lit are used when present).

Keeps walkable ways (footways, paths, pedestrian areas, living streets, residential and service roads, steps, tracks, main roads - not motorways or trunk roads, not foot=no or private, not the outlines of areas). Lines without a road class in a layer that has classes (OSM railways, waterways, power lines) are left out and counted; the 'road class of a layer without class field' applies only to such a layer.

The ways are cut where they meet, at every mapped crossing (also one on a vertex inside a way) and every few metres so homes snap close by; the output has one edge per piece with length, walking time (steps at half speed), speed limit, sidewalk, lighting, 'high_speed' (walking along 50 km/h or more without sidewalk) and the crossings at its ends (signal, zebra, unprotected) taken from the crossing points (e.g. 'town.osm.pbf|layername=points').

Untagged roads are not silently safe or unsafe: a residential street without maxspeed gets the speed chosen here (50 km/h by law in towns, 30 where zones are the rule), other roads their class's default (living street 7, service road and track 30, else 50), and a road without sidewalk tags has a sidewalk or not as chosen here. The field 'assumed' lists per edge what it got that way (e.g. 'maxspeed=50;sidewalk=no'), and the log sums the lengths.

The output is in metres (a geographic CRS becomes UTM). Edit it as you like - e.g. mark a new zebra crossing - and give the edited layer to the other school-route tools.</source>
      <translation>Erstellt das Fußwegenetz für die Schulweganalyse aus OpenStreetMap-Linien (z. B. „stadt.osm.pbf|layername=lines“, Tags aus other_tags) oder einem beliebigen Linien-Layer (ATKIS/ALKIS, kommunale Fußwege; ein Straßenklassen-Feld und Spalten wie maxspeed, sidewalk, lit werden genutzt, wenn vorhanden).

Behält begehbare Wege (Fußwege, Pfade, Fußgängerzonen, verkehrsberuhigte Bereiche, Wohn- und Erschließungsstraßen, Treppen, Feldwege, Hauptstraßen – keine Autobahnen oder Kraftfahrstraßen, nicht foot=no oder privat, nicht die Umrisse von Flächen). Linien ohne Straßenklasse in einem Layer mit Klassen (Bahnstrecken, Gewässer, Stromleitungen aus OSM) werden weggelassen und gezählt; die „Straßenklasse eines Layers ohne Klassenfeld“ gilt nur für einen solchen Layer.

Die Wege werden an Knoten, an jeder eingetragenen Querungsstelle (auch auf einem Stützpunkt innerhalb eines Wegs) und alle paar Meter geteilt, damit Wohnadressen nah angebunden werden; die Ausgabe hat je Stück eine Kante mit Länge, Gehzeit (Treppen mit halber Geschwindigkeit), zulässiger Höchstgeschwindigkeit, Gehweg, Beleuchtung, „high_speed“ (entlang 50 km/h oder mehr ohne Gehweg) und den Querungen an ihren Enden (signal = Ampel, zebra = Zebrastreifen, unprotected = ungesichert) aus den Querungspunkten (z. B. „stadt.osm.pbf|layername=points“).

Ungetaggte Straßen gelten nicht stillschweigend als sicher oder unsicher: eine Wohnstraße ohne maxspeed erhält die hier gewählte Geschwindigkeit (innerorts gesetzlich 50 km/h, 30 wo Zonen die Regel sind), andere Straßen den Standardwert ihrer Klasse (verkehrsberuhigter Bereich 7, Erschließungsstraße und Feldweg 30, sonst 50), und eine Straße ohne Gehweg-Tags hat einen Gehweg oder nicht, wie hier gewählt. Das Feld „assumed“ nennt je Kante, was sie so erhalten hat (z. B. „maxspeed=50;sidewalk=no“), und das Protokoll summiert die Längen.

Die Ausgabe ist in Metern (ein geografisches KBS wird zu UTM). Sie kann beliebig bearbeitet werden – z. B. einen neuen Zebrastreifen eintragen – und der bearbeitete Layer geht an die anderen Schulweg-Werkzeuge.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/walk_network.py" />
      <source>Reading the ways …</source>
      <translation>Wege werden gelesen …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/walk_network.py" />
      <source>Ways (lines)</source>
      <translation>Wege (Linien)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/walk_network.py" />
      <source>Road class field</source>
      <translation>Feld mit der Straßenklasse</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/walk_network.py" />
      <source>OSM tags field</source>
      <translation>Feld mit den OSM-Tags</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/walk_network.py" />
      <source>Road class of a layer without class field</source>
      <translation>Straßenklasse eines Layers ohne Klassenfeld</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/walk_network.py" />
      <source>Crossing points</source>
      <translation>Querungspunkte</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/walk_network.py" />
      <source>Walking speed of children (km/h)</source>
      <translation>Gehgeschwindigkeit von Kindern (km/h)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/walk_network.py" />
      <source>Longest edge (m)</source>
      <translation>Längste Kante (m)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/walk_network.py" />
      <source>Join line ends closer than (m)</source>
      <translation>Linienenden verbinden, die näher liegen als (m)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/walk_network.py" />
      <source>Speed limit of residential streets without maxspeed (km/h)</source>
      <translation>Höchstgeschwindigkeit von Wohnstraßen ohne maxspeed (km/h)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/walk_network.py" />
      <source>Roads without sidewalk tags have sidewalks</source>
      <translation>Straßen ohne Gehweg-Tags haben Gehwege</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/walk_network.py" />
      <source>The input has no lines with a road class.</source>
      <translation>Die Eingabe enthält keine Linien mit Straßenklasse.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/walk_network.py" />
      <source>Building the network of {count} ways …</source>
      <translation>Netz aus {count} Wegen wird erstellt …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/walk_network.py" />
      <source>{edges} edges, {nodes} nodes, {hazards} unprotected crossing points.</source>
      <translation>{edges} Kanten, {nodes} Knoten, {hazards} ungesicherte Querungsstellen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/walk_network.py" />
      <source>Assumed without a tag (field 'assumed'): the speed limit of {speeds} m and the sidewalk of {sidewalks} m of road.</source>
      <translation>Ohne Tag angenommen (Feld „assumed“): die Höchstgeschwindigkeit auf {speeds} m und der Gehweg auf {sidewalks} m Straße.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/schoolroutes/walk_network.py" />
      <source>{count} lines without a road class (railways, waterways, power lines …) are not part of the walking network.</source>
      <translation>{count} Linien ohne Straßenklasse (Bahnstrecken, Gewässer, Stromleitungen …) gehören nicht zum Fußwegenetz.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/city_object_export.py" />
      <source>Building (LoD1 solid)</source>
      <translation>Gebäude (LoD1-Volumenkörper)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/city_object_export.py" />
      <source>Water body</source>
      <translation>Gewässer</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/city_object_export.py" />
      <source>Road or path</source>
      <translation>Straße oder Weg</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/city_object_export.py" />
      <source>Generic city object</source>
      <translation>Generisches Stadtobjekt</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/city_object_export.py" />
      <source>Layer</source>
      <translation>Layer</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/city_object_export.py" />
      <source>Id field</source>
      <translation>ID-Feld</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/city_object_export.py" />
      <source>City object type</source>
      <translation>Stadtobjekttyp</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/city_object_export.py" />
      <source>Building height field (m)</source>
      <translation>Feld mit der Gebäudehöhe (m)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/city_object_export.py" />
      <source>Ground height field (m)</source>
      <translation>Feld mit der Geländehöhe (m)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/city_object_export.py" />
      <source>Attributes</source>
      <translation>Attribute</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/city_object_export.py" />
      <source>Height datum (empty: from the layer's compound CRS, else DHHN2016)</source>
      <translation>Höhenbezugssystem (leer: aus dem zusammengesetzten KBS des Layers, sonst DHHN2016)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/city_object_export.py" />
      <source>The layer is empty.</source>
      <translation>Der Layer ist leer.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/city_object_export.py" />
      <source>The layer has no field {names} (separate several fields with ';').</source>
      <translation>Der Layer hat kein Feld {names} (mehrere Felder mit „;“ trennen).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/city_object_export.py" />
      <source>None of the layer's features can be exported ({count} refused, e.g. {id}: {reason}).</source>
      <translation>Keines der Objekte des Layers kann exportiert werden ({count} abgelehnt, z. B. {id}: {reason}).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/city_object_export.py" />
      <source>{id} skipped: {reason}</source>
      <translation>{id} übersprungen: {reason}</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/city_object_export.py" />
      <source>{count} invalid polygons were repaired: {ids}</source>
      <translation>{count} ungültige Polygone wurden repariert: {ids}</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/citygml_enrich.py" />
      <source>Enrich LoD2 buildings (CityGML)</source>
      <translation>LoD2-Gebäude anreichern (CityGML)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/citygml_enrich.py" />
      <source>Adds analysis results (e.g. maximum water depth, risk class, pupils passing, a sensor link) as typed generic attributes to the buildings of a CityGML 2.0 or 1.0 file (AdV LoD2): gen:intAttribute for whole numbers, gen:doubleAttribute for decimals - gen:measureAttribute with the given unit when a unit is set -, gen:dateAttribute for dates, gen:uriAttribute for fields named uri_…, url_… or link_…, gen:stringAttribute otherwise. 'Type and unit per field' overrides this field by field, e.g. 'wassertiefe: measure m; anteil: double; flaeche: measure m2; karte: uri' (types: string, int, double, date, uri, measure). Buildings are matched by gml:id with the id field of the layer (e.g. the gml_id that QGIS reads from the same file); without an id field, a polygon layer is matched by footprint: each building gets the values of the polygon covering at least half of its ground surface (the most, if several), with the layer reprojected to the CRS of the CityGML file. Attributes of the same name are replaced; everything else in the file stays untouched. The file is processed member by member, so even very large tiles need little memory. Matched and unmatched counts are reported.</source>
      <translation>Fügt Analyseergebnisse (z. B. größte Wassertiefe, Risikoklasse, vorbeigehende Schulkinder, einen Sensor-Link) als typisierte generische Attribute zu den Gebäuden einer CityGML-2.0- oder -1.0-Datei (AdV LoD2) hinzu: gen:intAttribute für ganze Zahlen, gen:doubleAttribute für Dezimalzahlen – gen:measureAttribute mit der angegebenen Einheit, wenn eine Einheit gesetzt ist –, gen:dateAttribute für Datumsangaben, gen:uriAttribute für Felder namens uri_…, url_… oder link_…, sonst gen:stringAttribute. „Typ und Einheit je Feld“ legt dies Feld für Feld fest, z. B. „wassertiefe: measure m; anteil: double; flaeche: measure m2; karte: uri“ (Typen: string, int, double, date, uri, measure). Gebäude werden über die gml:id mit dem ID-Feld des Layers zugeordnet (z. B. der gml_id, die QGIS aus derselben Datei liest); ohne ID-Feld wird ein Polygonlayer über den Grundriss zugeordnet: jedes Gebäude erhält die Werte des Polygons, das mindestens die Hälfte seiner Grundfläche bedeckt (bei mehreren das mit dem größten Anteil), wobei der Layer in das KBS der CityGML-Datei umprojiziert wird. Gleichnamige Attribute werden ersetzt; alles andere in der Datei bleibt unverändert. Die Datei wird Element für Element verarbeitet, daher brauchen auch sehr große Kacheln wenig Speicher. Zugeordnete und nicht zugeordnete Anzahlen werden gemeldet.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/citygml_enrich.py" />
      <source>CityGML file</source>
      <translation>CityGML-Datei</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/citygml_enrich.py" />
      <source>Layer with the results</source>
      <translation>Layer mit den Ergebnissen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/citygml_enrich.py" />
      <source>gml:id field</source>
      <translation>Feld mit der gml:id</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/citygml_enrich.py" />
      <source>Fields to add</source>
      <translation>Anzufügende Felder</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/citygml_enrich.py" />
      <source>Unit of decimal fields (e.g. m; empty: none)</source>
      <translation>Einheit der Dezimalfelder (z. B. m; leer: keine)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/citygml_enrich.py" />
      <source>Type and unit per field (e.g. depth: measure m; share: double; map: uri)</source>
      <translation>Typ und Einheit je Feld (z. B. tiefe: measure m; anteil: double; karte: uri)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/citygml_enrich.py" />
      <source>CRS of the CityGML file (for matching by footprint; default: its srsName)</source>
      <translation>KBS der CityGML-Datei (für den Abgleich über Grundrisse; Vorgabe: ihr srsName)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/citygml_enrich.py" />
      <source>Enriched CityGML</source>
      <translation>Angereicherte CityGML-Datei</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/citygml_enrich.py" />
      <source>CityGML files (*.gml)</source>
      <translation>CityGML-Dateien (*.gml)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/citygml_enrich.py" />
      <source>Matched buildings</source>
      <translation>Zugeordnete Gebäude</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/citygml_enrich.py" />
      <source>Unmatched ids</source>
      <translation>Nicht gefundene IDs</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/citygml_enrich.py" />
      <source>Choose the gml:id field (or a polygon layer to match by footprint) and at least one field to add.</source>
      <translation>Wählen Sie das gml:id-Feld (oder einen Polygonlayer für die Zuordnung über den Grundriss) und mindestens ein Feld zum Hinzufügen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/citygml_enrich.py" />
      <source>Types are given for fields that are not added: {fields}.</source>
      <translation>Für diese Felder ist ein Typ angegeben, sie werden aber nicht hinzugefügt: {fields}.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/citygml_enrich.py" />
      <source>The layer has no polygons to match the buildings with.</source>
      <translation>Der Layer hat keine Polygone, denen Gebäude zugeordnet werden könnten.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/citygml_enrich.py" />
      <source>Enriching {path} …</source>
      <translation>{path} wird angereichert …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/citygml_enrich.py" />
      <source>{matched} of {objects} buildings enriched; {unmatched} ids of the layer not found.</source>
      <translation>{matched} von {objects} Gebäuden angereichert; {unmatched} IDs des Layers nicht gefunden.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/citygml_enrich.py" />
      <source>CRS of the CityGML file: {crs} ({source}).</source>
      <translation>KBS der CityGML-Datei: {crs} ({source}).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/citygml_enrich.py" />
      <source>No building matched a polygon of the layer. Check that both cover the same area and that the file's CRS ({crs}) is right; 'CRS of the CityGML file' overrides it.</source>
      <translation>Kein Gebäude passt zu einem Polygon des Layers. Prüfen Sie, ob beide dasselbe Gebiet abdecken und ob das KBS der Datei ({crs}) stimmt; „KBS der CityGML-Datei“ überschreibt es.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/citygml_enrich.py" />
      <source>{count} empty values were left out (no attribute is written for them).</source>
      <translation>{count} leere Werte wurden ausgelassen (für sie wird kein Attribut geschrieben).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/citygml_enrich.py" />
      <source>{id}: '{value}' is not valid for {field}; left out.</source>
      <translation>{id}: „{value}“ ist für {field} ungültig; ausgelassen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/citygml_enrich.py" />
      <source>its srsName</source>
      <translation>ihr srsName</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/citygml_enrich.py" />
      <source>the default setting</source>
      <translation>die Voreinstellung</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/export_3dtiles.py" />
      <source>Export to 3D Tiles</source>
      <translation>Nach 3D Tiles exportieren</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/export_3dtiles.py" />
      <source>Writes a layer as a 3D Tiles 1.1 tileset (tileset.json and one glTF tile, content.glb; above 500 objects a quadtree of tiles in tiles/, so that viewers load only what is in view) that CesiumJS and the Masterportal load directly: polygons with a height field become LoD1 building blocks, other polygons surfaces draped over the terrain (e.g. flooded areas); every object keeps its id and the chosen fields as feature properties (EXT_mesh_features, EXT_structural_metadata); holes in surfaces (islands) stay open. Points and lines are left out.

The target CRS must be ETRS89 / UTM (e.g. EPSG:25832). Web viewers need heights above the ellipsoid, but German heights are normal heights (DHHN2016; the height datum is taken from the parameter or the layer's compound CRS); the quasigeoid GCG2016 that converts them is not available offline. Enter your town's geoid undulation (about 47–50 m in Germany, from the BKG) to raise everything by that constant; with 0 the objects sit that much too low. The tileset records which was done.</source>
      <translation>Schreibt einen Layer als 3D-Tiles-1.1-Tileset (tileset.json und eine glTF-Kachel, content.glb; ab 500 Objekten ein Quadtree von Kacheln in tiles/, damit Viewer nur laden, was zu sehen ist), das CesiumJS und das Masterportal direkt laden: Polygone mit einem Höhenfeld werden LoD1-Gebäudeblöcke, andere Polygone auf das Gelände gelegte Flächen (z. B. überflutete Flächen); jedes Objekt behält seine ID und die gewählten Felder als Eigenschaften (EXT_mesh_features, EXT_structural_metadata); Löcher in Flächen (Inseln) bleiben frei. Punkte und Linien werden weggelassen.

Das Ziel-KBS muss ETRS89 / UTM sein (z. B. EPSG:25832). Web-Viewer brauchen Höhen über dem Ellipsoid, deutsche Höhen sind aber Normalhöhen (DHHN2016; das Höhenbezugssystem kommt aus dem Parameter oder dem zusammengesetzten KBS des Layers); das Quasigeoid GCG2016 zur Umrechnung ist offline nicht verfügbar. Geben Sie die Geoidundulation Ihrer Kommune an (in Deutschland etwa 47–50 m, vom BKG), um alles um diesen konstanten Wert anzuheben; mit 0 liegen die Objekte um so viel zu tief. Das Tileset vermerkt, was gemacht wurde.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/export_3dtiles.py" />
      <source>Geoid undulation added to the heights (m)</source>
      <translation>Zu den Höhen addierte Geoidundulation (m)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/export_3dtiles.py" />
      <source>Tileset folder</source>
      <translation>Tileset-Ordner</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/export_3dtiles.py" />
      <source>{count} city objects written to {path}.</source>
      <translation>{count} Stadtobjekte nach {path} geschrieben.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/export_3dtiles.py" />
      <source>Heights are {datum} heights without the geoid undulation: in web viewers the objects sit about 47–50 m too low. Enter the undulation to correct this.</source>
      <translation>Die Höhen sind Höhen in {datum} ohne Geoidundulation: In Web-Viewern liegen die Objekte etwa 47–50 m zu tief. Geben Sie die Undulation an, um das zu korrigieren.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/export_citygml.py" />
      <source>Export to CityGML 2.0</source>
      <translation>Nach CityGML 2.0 exportieren</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/export_citygml.py" />
      <source>Writes a layer as CityGML 2.0 for the municipal digital twin (3DCityDB, FME, VC Publisher): polygons with a height field become bldg:Building with an LoD1 solid and measured height (ground from a field, the terrain model or a fixed height), water polygons wtr:WaterBody surfaces, other polygons, lines (school routes, flow paths) and points (sensors) gen:GenericCityObject with an LoD0 geometry and their type as class. Chosen fields become typed generic attributes. Coordinates are transformed to the target CRS (projected; default: the layer's own projected CRS, else the ETRS89 / UTM zone of its location, e.g. 33N for Berlin); with a height CRS (default 7837, DHHN2016) the geometries use a compound CRS - heights are taken as they are, not converted. Features with unusable geometry or a duplicate id are skipped and listed in the log.</source>
      <translation>Schreibt einen Layer als CityGML 2.0 für den kommunalen digitalen Zwilling (3DCityDB, FME, VC Publisher): Flächen mit einem Höhenfeld werden zu bldg:Building mit LoD1-Volumenkörper und gemessener Höhe (Geländehöhe aus einem Feld, dem Geländemodell oder einem festen Wert), Gewässerflächen zu wtr:WaterBody-Oberflächen, andere Flächen, Linien (Schulwege, Fließwege) und Punkte (Sensoren) zu gen:GenericCityObject mit LoD0-Geometrie und ihrem Typ als Klasse. Gewählte Felder werden zu typisierten generischen Attributen. Koordinaten werden ins Ziel-KBS transformiert (projiziert; Vorgabe: das eigene projizierte KBS des Layers, sonst die ETRS89-/UTM-Zone seiner Lage, z. B. 33N für Berlin); mit einem Höhen-KBS (Standard 7837, DHHN2016) verwenden die Geometrien ein zusammengesetztes KBS – Höhen werden übernommen, nicht umgerechnet. Objekte mit unbrauchbarer Geometrie oder doppelter ID werden übersprungen und im Protokoll genannt.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/export_citygml.py" />
      <source>Height CRS (EPSG code, 0: none)</source>
      <translation>Höhen-KBS (EPSG-Code, 0: keines)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/export_citygml3_dynamizer.py" />
      <source>Datastream id field</source>
      <translation>Feld mit der Datastream-ID</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/export_citygml3_dynamizer.py" />
      <source>Name field</source>
      <translation>Feld mit dem Namen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/export_citygml3_dynamizer.py" />
      <source>Observed property field</source>
      <translation>Feld mit der beobachteten Größe</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/export_citygml3_dynamizer.py" />
      <source>Unit field</source>
      <translation>Feld mit der Einheit</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/export_citygml3_dynamizer.py" />
      <source>Latest value field</source>
      <translation>Feld mit dem letzten Wert</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/export_citygml3_dynamizer.py" />
      <source>Export sensors to CityGML 3.0 (Dynamizer)</source>
      <translation>Sensoren nach CityGML 3.0 exportieren (Dynamizer)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/export_citygml3_dynamizer.py" />
      <source>Writes sensors - e.g. the output of 'Load sensor locations' - as CityGML 3.0 generic city objects for the living digital twin: each gets its latest value as a generic attribute and a Dynamizer with a SensorConnection to its SensorThings Datastream (service URL + datastream id, observed property, unit), so twin viewers that support Dynamizers show the live observations. Heights come from the terrain model or the fixed ground height; with a height CRS (default 7837, DHHN2016) the positions use a compound CRS.</source>
      <translation>Schreibt Sensoren – z. B. die Ausgabe von „Sensorstandorte laden“ – als generische CityGML-3.0-Stadtobjekte für den lebendigen digitalen Zwilling: Jeder erhält seinen letzten Wert als generisches Attribut und einen Dynamizer mit einer SensorConnection zu seinem SensorThings-Datastream (Dienst-URL + Datastream-ID, beobachtete Größe, Einheit), sodass Zwillings-Viewer, die Dynamizer unterstützen, die Live-Beobachtungen zeigen. Höhen kommen aus dem Geländemodell oder der festen Geländehöhe; mit einem Höhen-KBS (Standard 7837, DHHN2016) verwenden die Positionen ein zusammengesetztes KBS.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/export_citygml3_dynamizer.py" />
      <source>Sensors</source>
      <translation>Sensoren</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/export_citygml3_dynamizer.py" />
      <source>SensorThings service URL</source>
      <translation>SensorThings-Dienst-URL</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/export_citygml3_dynamizer.py" />
      <source>Further attributes</source>
      <translation>Weitere Attribute</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/export_citygml3_dynamizer.py" />
      <source>Valid from (UTC)</source>
      <translation>Gültig ab (UTC)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/export_citygml3_dynamizer.py" />
      <source>Valid to (UTC)</source>
      <translation>Gültig bis (UTC)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/export_citygml3_dynamizer.py" />
      <source>CityGML 3.0 file</source>
      <translation>CityGML-3.0-Datei</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/export_citygml3_dynamizer.py" />
      <source>Choose the field with the Datastream ids.</source>
      <translation>Wählen Sie bitte das Feld mit den Datastream-IDs.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/export_citygml3_dynamizer.py" />
      <source>{count} sensors written to {path}.</source>
      <translation>{count} Sensoren nach {path} geschrieben.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/export_cityjson.py" />
      <source>Export to CityJSON</source>
      <translation>Nach CityJSON exportieren</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/export_cityjson.py" />
      <source>Writes a layer as CityJSON 2.0 city objects for the municipal digital twin: polygons with a height field become LoD1 building solids (ground from a field, the terrain model or a fixed height), other polygons surfaces (e.g. flooded areas as water bodies at their height), lines curves (school routes, flow paths) and points generic objects (sensors, with their datastream link as attribute). Chosen fields become attributes with their types kept. Coordinates are transformed to the target CRS (projected; default: the layer's own projected CRS, else the ETRS89 / UTM zone of its location) and stored in millimetres; the height datum (the parameter, else the height system of the layer's compound CRS such as EPSG:25833+7837 where QGIS keeps it (3.38 on), else DHHN2016) is recorded in the metadata - heights are taken as they are, not converted. Features with unusable geometry or a duplicate id are skipped and listed in the log.

A file name ending in .jsonl writes CityJSONSeq (CityJSON Text Sequences) for large outputs: a first line with the transform and metadata, then one CityJSONFeature per line.</source>
      <translation>Schreibt einen Layer als CityJSON-2.0-Stadtobjekte für den kommunalen digitalen Zwilling: Polygone mit einem Höhenfeld werden LoD1-Gebäudekörper (Geländehöhe aus einem Feld, dem Geländemodell oder einer festen Höhe), andere Polygone Flächen (z. B. überflutete Flächen als Gewässer in ihrer Höhe), Linien Kurven (Schulwege, Fließwege) und Punkte generische Objekte (Sensoren, mit ihrem Datastream-Link als Attribut). Gewählte Felder werden Attribute mit ihren Typen. Die Koordinaten werden in das Ziel-KBS transformiert (projiziert; Vorgabe: das eigene projizierte KBS des Layers, sonst die ETRS89-/UTM-Zone seiner Lage) und in Millimetern gespeichert; das Höhenbezugssystem (der Parameter, sonst das Höhensystem des zusammengesetzten KBS des Layers wie EPSG:25833+7837, wo QGIS es behält (ab 3.38), sonst DHHN2016) wird in den Metadaten vermerkt – Höhen werden übernommen, nicht umgerechnet. Objekte mit unbrauchbarer Geometrie oder doppelter ID werden übersprungen und im Protokoll aufgeführt.

Ein Dateiname mit der Endung .jsonl schreibt CityJSONSeq (CityJSON Text Sequences) für große Ausgaben: eine erste Zeile mit Transformation und Metadaten, dann ein CityJSONFeature pro Zeile.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/export_cityjson.py" />
      <source>CityJSON file</source>
      <translation>CityJSON-Datei</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/export_cityjson.py" />
      <source>CityJSON files (*.city.json *.json);;CityJSONSeq files (*.city.jsonl *.jsonl)</source>
      <translation>CityJSON-Dateien (*.city.json *.json);;CityJSONSeq-Dateien (*.city.jsonl *.jsonl)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/load_city_model.py" />
      <source>Load 3D city model (CityGML, CityJSON)</source>
      <translation>3D-Stadtmodell laden (CityGML, CityJSON)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/load_city_model.py" />
      <source>Reads a CityGML 2.0/1.0 file (e.g. the LoD2 buildings of your Land's survey office, or an export of this plugin) or a CityJSON/CityJSONSeq file and writes one polygon per city object: its ground surfaces, else all its surfaces seen from above (courtyards stay open), with its id, type and attributes (generic attributes, measured height, function …). Use it to check an export, or to see and pick the buildings to enrich. The CRS is read from the file (srsName, referenceSystem); give it here only when the file names none or a wrong one. Optionally also the roofs in 3D (PolygonZ, one multipolygon per object): the roof surfaces of LoD2 buildings, the tops of LoD1 blocks - for QGIS's 3D map view or to check heights.</source>
      <translation>Liest eine CityGML-2.0/1.0-Datei (z. B. die LoD2-Gebäude der Vermessungsverwaltung Ihres Landes oder einen Export dieser Erweiterung) oder eine CityJSON/CityJSONSeq-Datei und schreibt ein Polygon je Stadtobjekt: seine Bodenflächen, sonst alle seine Flächen von oben gesehen (Innenhöfe bleiben offen), mit ID, Typ und Attributen (generische Attribute, gemessene Höhe, Funktion …). So prüfen Sie einen Export oder sehen und wählen die Gebäude, die angereichert werden sollen. Das KBS wird aus der Datei gelesen (srsName, referenceSystem); geben Sie es hier nur an, wenn die Datei keines oder ein falsches nennt. Auf Wunsch auch die Dächer in 3D (PolygonZ, ein Multipolygon je Objekt): die Dachflächen von LoD2-Gebäuden, die Oberseiten von LoD1-Blöcken – für die 3D-Kartenansicht von QGIS oder zum Prüfen der Höhen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/load_city_model.py" />
      <source>CRS of the file (default: as it says)</source>
      <translation>KBS der Datei (Standard: wie angegeben)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/load_city_model.py" />
      <source>City objects</source>
      <translation>Stadtobjekte</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/load_city_model.py" />
      <source>Roofs in 3D</source>
      <translation>Dächer in 3D</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/load_city_model.py" />
      <source>{name} names no CRS; choose the CRS of the file.</source>
      <translation>{name} nennt kein KBS; wählen Sie bitte das KBS der Datei.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/load_city_model.py" />
      <source>{count} city objects read from {name} ({crs}); {without} without surfaces.</source>
      <translation>{count} Stadtobjekte aus {name} gelesen ({crs}); {without} ohne Flächen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/params.py" />
      <source>City model file</source>
      <translation>Stadtmodell-Datei</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/params.py" />
      <source>Ground height without field or terrain (m)</source>
      <translation>Geländehöhe ohne Feld oder Geländemodell (m)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/params.py" />
      <source>Terrain model</source>
      <translation>Geländemodell</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/params.py" />
      <source>Target CRS (default: the layer's own, or its ETRS89/UTM zone)</source>
      <translation>Ziel-KBS (Vorgabe: das des Layers oder seine ETRS89-/UTM-Zone)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/params.py" />
      <source>The target CRS must be projected (metres), e.g. EPSG:25832.</source>
      <translation>Das Ziel-KBS muss projiziert sein (Meter), z. B. EPSG:25832.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/params.py" />
      <source>City models (*.gml *.xml *.json *.jsonl)</source>
      <translation>Stadtmodelle (*.gml *.xml *.json *.jsonl)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/validate_city_model.py" />
      <source>Validate 3D city model (CityGML, CityJSON)</source>
      <translation>3D-Stadtmodell prüfen (CityGML, CityJSON)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/validate_city_model.py" />
      <source>Checks a CityGML 1.0, 2.0 or 3.0 file against the official XML schemas of its version and a CityJSON 2.0 or CityJSONSeq file against the official CityJSON 2.0 JSON schemas, all bundled with the plugin (no internet needed), and lists every problem with its line and the id of the city object it lies in - a table to sort and filter, e.g. before sending an enriched LoD2 file or an export to the city model's keeper. Files over 100 MB are checked city object by city object (memory stays small; what lies outside the city objects is then not checked). CityJSON needs the Python package jsonschema.</source>
      <translation>Prüft eine CityGML-1.0-, -2.0- oder -3.0-Datei gegen die offiziellen XML-Schemas ihrer Version und eine CityJSON-2.0- oder CityJSONSeq-Datei gegen die offiziellen JSON-Schemas von CityJSON 2.0, alle mit der Erweiterung ausgeliefert (kein Internet nötig), und listet jedes Problem mit seiner Zeile und der ID des Stadtobjekts, in dem es liegt – eine Tabelle zum Sortieren und Filtern, z. B. bevor Sie eine angereicherte LoD2-Datei oder einen Export an die Stelle schicken, die das Stadtmodell führt. Dateien über 100 MB werden Stadtobjekt für Stadtobjekt geprüft (der Speicherbedarf bleibt klein; was außerhalb der Stadtobjekte liegt, wird dann nicht geprüft). CityJSON braucht das Python-Paket jsonschema.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/validate_city_model.py" />
      <source>Schema problems</source>
      <translation>Schemaprobleme</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/validate_city_model.py" />
      <source>Valid</source>
      <translation>Gültig</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/validate_city_model.py" />
      <source>Problems</source>
      <translation>Probleme</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/validate_city_model.py" />
      <source>Schema</source>
      <translation>Schema</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/validate_city_model.py" />
      <source>Checking {name} against the official schemas …</source>
      <translation>Prüfe {name} gegen die offiziellen Schemas …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/validate_city_model.py" />
      <source>{name}: {count:,} problems against {schema}; the first, line {line} ({id}): {text}</source>
      <translation>{name}: {count:,} Probleme gegenüber {schema}; das erste, Zeile {line} ({id}): {text}</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/validate_city_model.py" />
      <source>{name} is valid ({schema}).</source>
      <translation>{name} ist gültig ({schema}).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/processing/twin/validate_city_model.py" />
      <source>Only the first {count} problems are listed.</source>
      <translation>Nur die ersten {count} Probleme sind aufgeführt.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/example_project.py" />
      <source>Streets and paths (OpenStreetMap)</source>
      <translation>Straßen und Wege (OpenStreetMap)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/example_project.py" />
      <source>Schools (invented)</source>
      <translation>Schulen (erfunden)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/example_project.py" />
      <source>Homes (synthetic)</source>
      <translation>Wohnadressen (synthetisch)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/example_project.py" />
      <source>Buildings (synthetic)</source>
      <translation>Gebäude (synthetisch)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/example_project.py" />
      <source>Area of the 2D simulation</source>
      <translation>Gebiet der 2D-Simulation</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/example_project.py" />
      <source>Terrain model DGM1 (synthetic)</source>
      <translation>Geländemodell DGM1 (synthetisch)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/example_project.py" />
      <source>Smart City example: Herrenberg</source>
      <translation>Smart-City-Beispiel: Herrenberg</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/example_project.py" />
      <source>Demo town data</source>
      <translation>Daten der Demo-Stadt</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/example_project.py" />
      <source>The project {path} cannot be written ({reason}).</source>
      <translation>Das Projekt {path} kann nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/example_project.py" />
      <source>The example project cannot be written to {folder} ({reason}).</source>
      <translation>Das Beispielprojekt kann nicht in {folder} geschrieben werden ({reason}).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/help.py" />
      <source>Parameters</source>
      <translation>Parameter</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/help.py" />
      <source>Key</source>
      <translation>Schlüssel</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/help.py" />
      <source>Meaning</source>
      <translation>Bedeutung</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/help.py" />
      <source>optional</source>
      <translation>optional</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/help.py" />
      <source>default</source>
      <translation>Vorgabe</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>below {upper}</source>
      <translation>unter {upper}</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>{lower} – {upper}</source>
      <translation>{lower} – {upper}</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>{lower} and more</source>
      <translation>{lower} und mehr</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>{value} m</source>
      <translation>{value} m</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>{lower} – {upper} m</source>
      <translation>{lower} – {upper} m</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>{lower} m and more</source>
      <translation>{lower} m und mehr</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>{lower} – {upper} min</source>
      <translation>{lower} – {upper} min</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>{lower} min and more</source>
      <translation>{lower} min und mehr</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>{lower_percent} – {upper_percent} % occupied</source>
      <translation>{lower_percent} – {upper_percent} % belegt</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>{value_ha} ha</source>
      <translation>{value_ha} ha</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>{value} m/s</source>
      <translation>{value} m/s</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>{lower} – {upper} m/s</source>
      <translation>{lower} – {upper} m/s</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>{lower} m/s and more</source>
      <translation>{lower} m/s und mehr</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>below {upper_ha} ha</source>
      <translation>unter {upper_ha} ha</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>{lower_ha} – {upper_ha} ha</source>
      <translation>{lower_ha} – {upper_ha} ha</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>{lower_ha} ha and more</source>
      <translation>{lower_ha} ha und mehr</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>ok</source>
      <translation>erreicht</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>unreachable</source>
      <translation>nicht erreichbar</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>far from network</source>
      <translation>fern vom Netz</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>shortest</source>
      <translation>kürzester Weg</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>safest</source>
      <translation>sicherster Weg</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>unmarked crossing</source>
      <translation>ungesicherte Querungsstelle</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>junction with a main road</source>
      <translation>Einmündung in eine Hauptstraße</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>fast road without sidewalk</source>
      <translation>schnelle Straße ohne Gehweg</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>traffic signal</source>
      <translation>Ampel</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>zebra crossing</source>
      <translation>Zebrastreifen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>unprotected</source>
      <translation>ungesichert</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>trunk road</source>
      <translation>Schnellstraße</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>primary road</source>
      <translation>Hauptverkehrsstraße</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>secondary road</source>
      <translation>Verbindungsstraße</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>tertiary road</source>
      <translation>Sammelstraße</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>minor road</source>
      <translation>Nebenstraße</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>residential street</source>
      <translation>Wohnstraße</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>living street</source>
      <translation>verkehrsberuhigter Bereich</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>service road</source>
      <translation>Zufahrt</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>pedestrian zone</source>
      <translation>Fußgängerzone</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>footway</source>
      <translation>Fußweg</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>path</source>
      <translation>Weg</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>cycleway</source>
      <translation>Radweg</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>track</source>
      <translation>Wirtschaftsweg</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>steps</source>
      <translation>Treppe</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>bridleway</source>
      <translation>Reitweg</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>along fast traffic without sidewalk</source>
      <translation>entlang schnellen Verkehrs ohne Gehweg</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>footway, path or pedestrian area</source>
      <translation>Fußweg, Pfad oder Fußgängerzone</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/legend.py" />
      <source>street</source>
      <translation>Straße</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/rasters.py" />
      <source>The raster {name} has no CRS. Set its CRS (Layer Properties → Source, e.g. EPSG:25832 for a DGM1 in UTM zone 32) or assign one with 'Assign projection' first.</source>
      <translation>Das Raster {name} hat kein KBS. Legen Sie sein KBS fest (Layereigenschaften → Quelle, z. B. EPSG:25832 für ein DGM1 in UTM-Zone 32) oder weisen Sie zuerst mit „Projektion zuweisen“ eines zu.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/rasters.py" />
      <source>The raster {name} is in a geographic CRS ({crs}). Heavy-rain analysis needs heights on a projected grid in metres: reproject it first (e.g. to EPSG:25832).</source>
      <translation>Das Raster {name} liegt in einem geografischen KBS ({crs}). Die Starkregen-Analyse braucht Höhen in einem projizierten Raster in Metern: projizieren Sie es zuerst um (z. B. nach EPSG:25832).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/rasters.py" />
      <source>The raster {name} is not in metres ({crs}): reproject it to a metric CRS first.</source>
      <translation>Das Raster {name} ist nicht in Metern ({crs}): projizieren Sie es zuerst in ein metrisches KBS um.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/rasters.py" />
      <source>GDAL cannot read the raster {name}.</source>
      <translation>GDAL kann das Raster {name} nicht lesen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/rasters.py" />
      <source>The raster {name} is rotated: warp it to a north-up grid first.</source>
      <translation>Das Raster {name} ist gedreht: transformieren Sie es zuerst in ein nordausgerichtetes Raster.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/rasters.py" />
      <source>The DEM's cells are {size:g} m wide: heavy-rain maps usually need 1–2 m (e.g. DGM1).</source>
      <translation>Die Zellen des DGM sind {size:g} m breit: Starkregenkarten brauchen meist 1–2 m (z. B. DGM1).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/route_plan_layout.py" />
      <source>Danger spots (numbered as in the list)</source>
      <translation>Gefahrenstellen (nummeriert wie in der Liste)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/route_plan_layout.py" />
      <source>School</source>
      <translation>Schule</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/route_plan_layout.py" />
      <source>Safe routes</source>
      <translation>Sichere Wege</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/route_plan_layout.py" />
      <source>QGIS could not write the PDF {path} (error {code}).</source>
      <translation>QGIS konnte die PDF-Datei {path} nicht schreiben (Fehler {code}).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/transport.py" />
      <source>The authentication configuration of {url} cannot be applied.</source>
      <translation>Die Authentifizierungskonfiguration für {url} kann nicht angewendet werden.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/qgisbridge/transport.py" />
      <source>Reading the answer from {url} failed ({detail}).</source>
      <translation>Das Lesen der Antwort von {url} ist fehlgeschlagen ({detail}).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/background.py" />
      <source>The run failed.</source>
      <translation>Der Lauf ist fehlgeschlagen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/background.py" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/background.py" />
      <source>Stop the running work</source>
      <translation>Laufende Berechnung abbrechen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/background.py" />
      <source>Unexpected error; details are in the Smart City log.</source>
      <translation>Unerwarteter Fehler; Einzelheiten stehen im Smart-City-Protokoll.</translation>
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
      <location filename="smartcity_qgis/ui/chart.py" />
      <source>No numeric observations to show.</source>
      <translation>Keine numerischen Beobachtungen zum Anzeigen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/connection_dialog.py" />
      <source>Platform connection</source>
      <translation>Plattform-Verbindung</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/connection_dialog.py" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/connection_dialog.py" />
      <source>Enter a name and a URL starting with http:// or https://.</source>
      <translation>Geben Sie bitte einen Namen und eine URL mit http:// oder https:// an.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/connection_dialog.py" />
      <source>The URL contains a user name, password or access key. Remove it from the URL and choose or create an authentication configuration below instead: the connection is saved in the QGIS settings, where secrets would be readable.</source>
      <translation>Die URL enthält einen Benutzernamen, ein Passwort oder einen Zugangsschlüssel. Entfernen Sie ihn aus der URL und wählen oder erstellen Sie stattdessen unten eine Authentifizierungskonfiguration: Die Verbindung wird in den QGIS-Einstellungen gespeichert, wo Geheimnisse lesbar wären.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/dock.py" />
      <source>Results folder of this project</source>
      <translation>Ergebnisordner dieses Projekts</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/dock.py" />
      <source>The dock writes its results as GeoPackages and GeoTIFFs here, so a saved project finds them after a restart. Empty: a folder '{folder}' beside the saved project; temporary layers while the project has not been saved.</source>
      <translation>Hier legt das Bedienfeld seine Ergebnisse als GeoPackages und GeoTIFFs ab, damit ein gespeichertes Projekt sie nach einem Neustart wiederfindet. Leer: ein Ordner „{folder}“ neben der gespeicherten Projektdatei; temporäre Layer, solange das Projekt nicht gespeichert ist.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/example_project.py" />
      <source>Smart City example project</source>
      <translation>Smart-City-Beispielprojekt</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/example_project.py" />
      <source>Folder for the example project (a subfolder is made in it)</source>
      <translation>Ordner für das Beispielprojekt (darin wird ein Unterordner angelegt)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/example_project.py" />
      <source>The example project is still being built.</source>
      <translation>Das Beispielprojekt wird noch erstellt.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/example_project.py" />
      <source>{folder} already exists. Replace the example project in it?</source>
      <translation>{folder} gibt es schon. Soll das Beispielprojekt darin ersetzt werden?</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/example_project.py" />
      <source>Building the example project in {folder}: the analyses take about a minute.</source>
      <translation>Das Beispielprojekt wird in {folder} erstellt: Die Analysen dauern etwa eine Minute.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/example_project.py" />
      <source>Example project {step}/{steps}: {name}</source>
      <translation>Beispielprojekt {step}/{steps}: {name}</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/heavyrain_page.py" />
      <source>2D simulation done: play the water depth with the Temporal Controller.</source>
      <translation>2D-Simulation fertig: Spielen Sie die Wassertiefe mit der Zeitsteuerung ab.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/heavyrain_page.py" />
      <source>as the scenario</source>
      <translation>wie im Szenario</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/heavyrain_page.py" />
      <source>Your town's own design rain; 0 uses the scenario.</source>
      <translation>Der eigene Bemessungsregen Ihrer Kommune; 0 verwendet das Szenario.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/heavyrain_page.py" />
      <source>Also trace the flow paths (and their reach to the buildings)</source>
      <translation>Auch die Fließwege verfolgen (und wo sie Gebäude erreichen)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/heavyrain_page.py" />
      <source>Compute water depths</source>
      <translation>Wassertiefen berechnen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/heavyrain_page.py" />
      <source>Rain duration</source>
      <translation>Regendauer</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/heavyrain_page.py" />
      <source>Run-on after the rain</source>
      <translation>Nachlaufzeit nach dem Regen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/heavyrain_page.py" />
      <source>Simulate in 2D: depth, velocity, hazard</source>
      <translation>2D simulieren: Tiefe, Geschwindigkeit, Gefahr</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/heavyrain_page.py" />
      <source>The design rain over the duration, simulated in two dimensions (slower: simulate the area of interest). The water depth every ten minutes plays in the Temporal Controller.</source>
      <translation>Der Bemessungsregen über die Dauer, in zwei Dimensionen simuliert (langsamer: simulieren Sie das betrachtete Gebiet). Die Wassertiefe alle zehn Minuten läuft in der Zeitsteuerung ab.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/heavyrain_page.py" />
      <source>Filling and spilling the rain …</source>
      <translation>Der Regen füllt die Senken und läuft über …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/heavyrain_page.py" />
      <source>Simulating the rain in 2D …</source>
      <translation>Der Regen wird in 2D simuliert …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/heavyrain_page.py" />
      <source>Water depth over time</source>
      <translation>Wassertiefe im Zeitverlauf</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/heavyrain_page.py" />
      <source>Rain runoff {rain:,.0f} m³: {stored:,.0f} m³ stay in depressions, {out:,.0f} m³ leave the area.</source>
      <translation>Abfluss aus Regen {rain:,.0f} m³: {stored:,.0f} m³ bleiben in Senken, {out:,.0f} m³ verlassen das Gebiet.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/heavyrain_page.py" />
      <source>Building footprints (optional)</source>
      <translation>Gebäudegrundrisse (optional)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/heavyrain_page.py" />
      <source>Own rain depth</source>
      <translation>Eigene Regenhöhe</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/heavyrain_page.py" />
      <source>Risk class</source>
      <translation>Risikoklasse</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/heavyrain_page.py" />
      <source>Buildings</source>
      <translation>Gebäude</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/heavyrain_page.py" />
      <source>Footprint (m²)</source>
      <translation>Grundfläche (m²)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/heavyrain_page.py" />
      <source>Choose a terrain model (DEM) first.</source>
      <translation>Wählen Sie zuerst ein Geländemodell (DGM).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/heavyrain_page.py" />
      <source>%p % of {minutes:g} simulated minutes</source>
      <translation>%p % von {minutes:g} simulierten Minuten</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/heavyrain_page.py" />
      <source>Flow arrows</source>
      <translation>Fließpfeile</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/heavyrain_page.py" />
      <source>Tracing the flow paths …</source>
      <translation>Die Fließwege werden verfolgt …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/heavyrain_page.py" />
      <source>Checking the buildings …</source>
      <translation>Die Gebäude werden geprüft …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/heavyrain_page.py" />
      <source>{count} buildings are affected.</source>
      <translation>{count} Gebäude sind betroffen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/parking_page.py" />
      <source>Limit the period</source>
      <translation>Zeitraum begrenzen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/parking_page.py" />
      <source>Compute statistics</source>
      <translation>Statistik berechnen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/parking_page.py" />
      <source>Create and open report</source>
      <translation>Bericht erstellen und öffnen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/parking_page.py" />
      <source>Save the parking report</source>
      <translation>Parkbericht speichern</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/parking_page.py" />
      <source>Web pages (*.html)</source>
      <translation>Webseiten (*.html)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/parking_page.py" />
      <source>Choose the facility layer and the observation table first.</source>
      <translation>Wählen Sie bitte zuerst den Anlagen-Layer und die Beobachtungstabelle.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/parking_page.py" />
      <source>Computing statistics …</source>
      <translation>Statistik wird berechnet …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/parking_page.py" />
      <source>Writing the report …</source>
      <translation>Bericht wird geschrieben …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/parking_page.py" />
      <source>Statistics of {count} facilities added to the map.</source>
      <translation>Statistik von {count} Anlagen zur Karte hinzugefügt.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/platform_page.py" />
      <source>Last 24 hours</source>
      <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/platform_page.py" />
      <source>Last 7 days</source>
      <translation>Letzte 7 Tage</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/platform_page.py" />
      <source>Custom range</source>
      <translation>Eigener Zeitraum</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/platform_page.py" />
      <source>Saved platform connection</source>
      <translation>Gespeicherte Plattform-Verbindung</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/platform_page.py" />
      <source>New…</source>
      <translation>Neu …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/platform_page.py" />
      <source>Edit…</source>
      <translation>Bearbeiten …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/platform_page.py" />
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/platform_page.py" />
      <source>Load sensors</source>
      <translation>Sensoren laden</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/platform_page.py" />
      <source>Search sensors …</source>
      <translation>Sensoren suchen …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/platform_page.py" />
      <source>Add to map</source>
      <translation>Zur Karte hinzufügen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/platform_page.py" />
      <source>Refresh every</source>
      <translation>Aktualisieren alle</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/platform_page.py" />
      <source>Also add a live layer of QGIS's SensorThings data source</source>
      <translation>Zusätzlich eine Live-Ebene der SensorThings-Datenquelle von QGIS hinzufügen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/platform_page.py" />
      <source>Adds the locations of the selected SensorThings streams as a layer that QGIS reads from the server whenever it draws (QGIS 3.36 and later).</source>
      <translation>Fügt die Standorte der gewählten SensorThings-Datenströme als Ebene hinzu, die QGIS bei jedem Zeichnen vom Server liest (ab QGIS 3.36).</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/platform_page.py" />
      <source>Show chart</source>
      <translation>Diagramm zeigen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/platform_page.py" />
      <source>Sensor</source>
      <translation>Sensor</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/platform_page.py" />
      <source>Latest value</source>
      <translation>Letzter Wert</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/platform_page.py" />
      <source>Time (UTC)</source>
      <translation>Zeit (UTC)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/platform_page.py" />
      <source>Remove “{name}”?</source>
      <translation>„{name}“ entfernen?</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/platform_page.py" />
      <source>Remove connection</source>
      <translation>Verbindung entfernen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/platform_page.py" />
      <source>Select sensors in the list first.</source>
      <translation>Wählen Sie bitte zuerst Sensoren in der Liste aus.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/platform_page.py" />
      <source>Sensor locations (live) – {name}</source>
      <translation>Sensorstandorte (live) – {name}</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/platform_page.py" />
      <source>Select one sensor stream for the chart.</source>
      <translation>Wählen Sie bitte genau einen Sensor-Datenstrom für das Diagramm aus.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/platform_page.py" />
      <source>Loading sensors of {name} …</source>
      <translation>Sensoren von {name} werden geladen …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/platform_page.py" />
      <source>{count} sensor streams in {things} things.</source>
      <translation>{count} Sensor-Datenströme in {things} Objekten.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/platform_page.py" />
      <source>Sensors – {name}</source>
      <translation>Sensoren – {name}</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/platform_page.py" />
      <source>{count} sensor streams added to the map.</source>
      <translation>{count} Sensor-Datenströme zur Karte hinzugefügt.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/platform_page.py" />
      <source>{layer} refreshed at {time} UTC.</source>
      <translation>{layer} um {time} UTC aktualisiert.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/platform_page.py" />
      <source>Loading observations of {stream} …</source>
      <translation>Beobachtungen von {stream} werden geladen …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/platform_page.py" />
      <source>QGIS's SensorThings data source could not open {name}.</source>
      <translation>Die SensorThings-Datenquelle von QGIS konnte {name} nicht öffnen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/platform_page.py" />
      <source>Refreshing {layer} …</source>
      <translation>{layer} wird aktualisiert …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/platform_page.py" />
      <source>{count} observations of {stream}.</source>
      <translation>{count} Beobachtungen von {stream}.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/school_page.py" />
      <source>Rank</source>
      <translation>Rang</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/school_page.py" />
      <source>Pupils</source>
      <translation>Schulkinder</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/school_page.py" />
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/school_page.py" />
      <source>Roads</source>
      <translation>Straßen</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/school_page.py" />
      <source>Find hotspots</source>
      <translation>Gefahrenstellen finden</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/school_page.py" />
      <source>Click a row to zoom the map to the hotspot.</source>
      <translation>Ein Klick auf eine Zeile zoomt die Karte auf die Gefahrenstelle.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/school_page.py" />
      <source>Routing all homes …</source>
      <translation>Alle Wohnadressen werden geroutet …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/school_page.py" />
      <source>Choose the walking network, the homes and the schools first.</source>
      <translation>Wählen Sie bitte zuerst Fußwegenetz, Wohnadressen und Schulen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/school_page.py" />
      <source>{count} crossing hotspots; click one to zoom.</source>
      <translation>{count} Gefahrenstellen an Querungen; zum Zoomen anklicken.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/settings_page.py" />
      <source>Network timeout</source>
      <translation>Netzwerk-Zeitüberschreitung</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/settings_page.py" />
      <source>A request that takes longer than this in all is stopped.</source>
      <translation>Eine Anfrage, die insgesamt länger dauert, wird abgebrochen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/settings_page.py" />
      <source>Longest request</source>
      <translation>Längste Anfrage</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/settings_page.py" />
      <source>A server answer larger than this is refused before it is read.</source>
      <translation>Eine größere Serverantwort wird abgelehnt, bevor sie gelesen wird.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/settings_page.py" />
      <source>Largest server answer</source>
      <translation>Größte Serverantwort</translation>
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
    <message>
      <location filename="smartcity_qgis/ui/twin_page.py" />
      <source>CityGML 2.0</source>
      <translation>CityGML 2.0</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/twin_page.py" />
      <source>CityJSON 2.0</source>
      <translation>CityJSON 2.0</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/twin_page.py" />
      <source>CityJSONSeq (large outputs)</source>
      <translation>CityJSONSeq (große Ausgaben)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/twin_page.py" />
      <source>Tick the fields to export as attributes; their type decides the attribute type.</source>
      <translation>Haken Sie die Felder an, die als Attribute exportiert werden; ihr Typ bestimmt den Attributtyp.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/twin_page.py" />
      <source>Export</source>
      <translation>Exportieren</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/twin_page.py" />
      <source>Exporting …</source>
      <translation>Export läuft …</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/twin_page.py" />
      <source>Terrain model (optional)</source>
      <translation>Geländemodell (optional)</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/twin_page.py" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/twin_page.py" />
      <source>Output file</source>
      <translation>Ausgabedatei</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/twin_page.py" />
      <source>Attribute</source>
      <translation>Attribut</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/twin_page.py" />
      <source>Type</source>
      <translation>Typ</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/twin_page.py" />
      <source>Choose a layer to export.</source>
      <translation>Wählen Sie einen Layer zum Exportieren.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/twin_page.py" />
      <source>Choose the layer and the output file first.</source>
      <translation>Wählen Sie zuerst den Layer und die Ausgabedatei.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/twin_page.py" />
      <source>{objects} city objects from {features} features; {invalid} invalid polygons will be repaired, {empty} features without geometry are left out.</source>
      <translation>{objects} Stadtobjekte aus {features} Objekten; {invalid} ungültige Polygone werden repariert, {empty} Objekte ohne Geometrie werden weggelassen.</translation>
    </message>
    <message>
      <location filename="smartcity_qgis/ui/twin_page.py" />
      <source>Written to {path}.</source>
      <translation>In {path} geschrieben.</translation>
    </message>
  </context>
</TS>
