package com.qinglian.unit;

import static com.qinglian.unit.UnitFixtures.aStationOf;
import static com.qinglian.unit.UnitFixtures.anAgency;
import static com.qinglian.unit.UnitFixtures.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qinglian.shared.InputProblem;
import com.qinglian.shared.InputRejectedException;
import com.qinglian.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Unit hierarchy rules on a real database. */
@DatabaseTest
class UnitDirectoryIntegrationTest {

    @Autowired
    UnitDirectory units;

    @Test
    void anAgencyWithStationsCannotBecomeAStation() {
        String agency = uniqueCode("HA");
        String station = uniqueCode("HS");
        Unit created = units.create(anAgency(agency));
        units.create(aStationOf(station, agency));
        UnitDetails asStation = new UnitDetails(agency, created.name(), UnitType.STATION, null, null, null, null);

        assertThatThrownBy(() -> units.update(asStation, created.version()))
                .isInstanceOfSatisfying(
                        InputRejectedException.class,
                        e -> assertThat(e.problems())
                                .extracting(InputProblem::key)
                                .containsExactly("unit.error.hasStations"));
        assertThat(units.get(agency).type()).isEqualTo(UnitType.AGENCY);
    }

    @Test
    void anAgencyWithoutStationsMayBecomeAStation() {
        String agency = uniqueCode("HA");
        Unit created = units.create(anAgency(agency));
        units.update(
                new UnitDetails(agency, created.name(), UnitType.STATION, null, null, null, null), created.version());
        assertThat(units.get(agency).type()).isEqualTo(UnitType.STATION);
    }
}
