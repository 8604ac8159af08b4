"""Height systems named in compound CRS definitions."""

from smartcity_qgis.core.crs import vertical_crs_name


def test_the_height_system_of_a_compound_crs_in_wkt_1_and_2():
    wkt1 = (
        'COMPD_CS["ETRS89 / UTM zone 33N + DHHN2016 height",PROJCS["ETRS89 / UTM zone 33N"],'
        'VERT_CS["DHHN2016 height",VERT_DATUM["Deutsches Haupthoehennetz 2016",2005]]]'
    )
    wkt2 = 'COMPOUNDCRS["x",PROJCRS["ETRS89 / UTM zone 32N"],VERTCRS["DHHN92 height",VDATUM["DHHN92"]]]'
    assert vertical_crs_name(wkt1) == "DHHN2016 height"
    assert vertical_crs_name(wkt2) == "DHHN92 height"
    assert vertical_crs_name('PROJCRS["ETRS89 / UTM zone 32N"]') == "" and vertical_crs_name(None) == ""
