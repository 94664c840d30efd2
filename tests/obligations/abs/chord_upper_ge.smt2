; torchsmt obligation abs.chord_upper_ge (lemma, op abs, crown)
; x in [l, u] -> |x| <= chord through (l, |l|) and (u, |u|)
(set-info :source |torchsmt lemma abs.chord_upper_ge kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x () Real)
(declare-fun l () Real)
(declare-fun u () Real)
(assert
 (<= l x))
(assert
 (<= x u))
(assert
 (let ((?x16 (ite (> 0.0 l) (- l) l)))
(let (($x26 (<= (* (- (ite (> 0.0 x) (- x) x) ?x16) (- u l)) (* (- (ite (> 0.0 u) (- u) u) ?x16) (- x l)))))
(not $x26))))
(check-sat)
