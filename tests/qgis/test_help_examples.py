"""Every algorithm's help ends with its run in the demo town: parameters it has, nothing required
left out, as a processing.run call and a qgis_process line."""

import shlex

from smartcity_qgis.processing import examples


def test_every_algorithm_shows_a_complete_example(provider):
    for algorithm in provider.algorithms():
        run = examples.example(algorithm.id())
        assert run is not None, algorithm.id()
        call, line = run
        assert call in algorithm.shortHelpString() and line in algorithm.shortHelpString()
        words = shlex.split(line.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"))
        assert words[:4] == ["qgis_process", "run", algorithm.id(), "--"]
        given = dict(word.split("=", 1) for word in words[4:])
        names = {definition.name() for definition in algorithm.parameterDefinitions()}
        assert set(given) <= names, (algorithm.id(), set(given) - names)
        for definition in algorithm.parameterDefinitions():
            required = not definition.flags() & definition.FlagOptional
            if required and definition.defaultValue() is None and not definition.isDestination():
                assert definition.name() in given, (algorithm.id(), definition.name())


def test_the_demo_runs_what_the_help_shows():
    shown = {step[0] for step in examples.STEPS}
    assert len(shown) + len({step[0] for step in examples.MORE_EXAMPLES}) == 23
    assert not shown & {step[0] for step in examples.MORE_EXAMPLES}
