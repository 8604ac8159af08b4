"""Layer pickers that preselect the layer a user most likely means, until the user picks one."""

from ..core.names import best_layer

# What layers of each kind are usually called, and fields they usually have.
DEM_WORDS = ("dgm", "dem", "dtm", "gelaende", "terrain", "hoehe", "elevation")
BUILDING_WORDS = ("gebaeude", "building", "haus", "haeuser", "alkis", "lod")
FACILITY_WORDS, FACILITY_FIELDS = ("park", "stellpl", "garage", "facilit"), ("capacity", "kapazitaet")
OBSERVATION_WORDS, OBSERVATION_FIELDS = (
    ("observ", "beobacht", "messwert", "belegung"),
    ("time", "phenomenontime"),
)
NETWORK_WORDS, NETWORK_FIELDS = ("walk", "netz", "network", "fussweg", "wege"), ("highway", "walk_min")
HOME_WORDS, HOME_FIELDS = ("adress", "address", "wohn", "home", "haus"), ("housenumber", "hausnummer")
SCHOOL_WORDS, SCHOOL_FIELDS = ("schul", "school"), ("school_id", "schulnummer")
CHOSEN = "smartcity_chosen_by_user"


def preselect(combo, words=(), fields=()):
    """Select in ``combo`` (a QgsMapLayerComboBox) the first layer whose name or fields fit, now
    and whenever layers are added, until the user chooses one."""

    def guess(*_changes):
        if combo.property(CHOSEN):
            return
        layers = [combo.layer(index) for index in range(combo.count())]
        layers = [layer for layer in layers if layer is not None]
        position = best_layer([(layer.name(), field_names(layer)) for layer in layers], words, fields)
        if position is not None:
            combo.setLayer(layers[position])

    combo.activated.connect(lambda _index: combo.setProperty(CHOSEN, True))
    combo.model().rowsInserted.connect(guess)
    guess()


def field_names(layer):
    return layer.fields().names() if hasattr(layer, "fields") else []
