"""Demo data for Kepu: a district modelled on Kundulun District, Baotou (docs/domain.md).

``reference`` builds the areas, population, organizations, people and material catalog with natural
keys (safe to run again); ``activity`` plans a year of events and everything that hangs off them;
``writer`` puts the planned rows into the database in bulk (COPY on PostgreSQL).
"""
