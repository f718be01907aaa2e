"""The objet of a groupement: typical missions of R312-194-4 and L312-7 3° (Art. 4)."""

from __future__ import annotations

from enum import Enum


class Mission(Enum):
    """One checkable item of the objet; the value is the stable code used in files."""

    JOINT_ACTIVITIES = "R312-194-4-1"
    SHARED_EQUIPMENT = "R312-194-4-2"
    EVALUATION_QUALITY = "R312-194-4-3"
    STAFF_TRAINING = "R312-194-4-4"
    JOINT_INTERVENTIONS = "L312-7-3-a"
    DIRECT_EXERCISE = "L312-7-3-b"
    FUSIONS = "L312-7-3-c"
    NETWORKS = "L312-7-3-d"
    INTERNAL_PHARMACY = "L312-7-3-e"

    @property
    def reference(self) -> str:
        return MISSION_TEXTS[self][0]

    @property
    def label(self) -> str:
        return MISSION_TEXTS[self][1]

    @property
    def needs_protocol(self) -> bool:
        """R312-194-8: a protocol is annexed for direct exercise of missions or fusions."""
        return self in (Mission.DIRECT_EXERCISE, Mission.FUSIONS)


MISSION_TEXTS: dict[Mission, tuple[str, str]] = {
    Mission.JOINT_ACTIVITIES: (
        "R. 312-194-4, 1°",
        "exercer ensemble des activités dans les domaines de l'action sociale ou médico-sociale",
    ),
    Mission.SHARED_EQUIPMENT: (
        "R. 312-194-4, 2°",
        "créer et gérer des équipements ou des services d'intérêt commun ou des systèmes "
        "d'information nécessaires à leurs activités",
    ),
    Mission.EVALUATION_QUALITY: (
        "R. 312-194-4, 3°",
        "faciliter ou encourager les actions concourant à l'amélioration de l'évaluation de "
        "l'activité des membres et de la qualité de leurs prestations",
    ),
    Mission.STAFF_TRAINING: (
        "R. 312-194-4, 4°",
        "définir ou proposer des actions de formation à destination des personnels des membres",
    ),
    Mission.JOINT_INTERVENTIONS: (
        "L. 312-7, 3° a)",
        "permettre les interventions communes des professionnels des secteurs sociaux, "
        "médico-sociaux et sanitaires, des professionnels salariés du groupement et des "
        "professionnels associés par convention",
    ),
    Mission.DIRECT_EXERCISE: (
        "L. 312-7, 3° b)",
        "exercer directement, à la demande des membres, les missions et prestations des "
        "établissements et services de l'article L. 312-1, ou exploiter leur autorisation",
    ),
    Mission.FUSIONS: (
        "L. 312-7, 3° c)",
        "être chargé de procéder aux fusions et regroupements de ses membres",
    ),
    Mission.NETWORKS: (
        "L. 312-7, 3° d)",
        "créer des réseaux sociaux ou médico-sociaux et adhérer à des réseaux ou groupements",
    ),
    Mission.INTERNAL_PHARMACY: (
        "L. 312-7, 3° e)",
        "être chargé pour le compte de ses membres des activités de pharmacie à usage intérieur",
    ),
}
