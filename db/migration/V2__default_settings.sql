-- Every installation has exactly one settings row; leaders change it, nobody creates it.
insert into app_setting (id, organisation_name) values (1, 'Tweespoor');
