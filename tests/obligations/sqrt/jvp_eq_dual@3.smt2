; torchsmt obligation sqrt.jvp_eq_dual@3 (lemma, op sqrt, jvp_eq_dual)
; the jvp rule equals the dual-number J v at shapes ((3,),), off kinks
(set-info :source |torchsmt lemma sqrt.jvp_eq_dual@3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun v0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun v0_1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_2 () Real)
(declare-fun ts_sqrt!2 () Real)
(declare-fun v0_2 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(assert
 (let (($x12 (>= x0_0 0.0)))
 (=> $x12 (and (>= ts_sqrt!0 0.0) (= (* ts_sqrt!0 ts_sqrt!0) x0_0)))))
(assert
 (let ((?x90 (* 2.0 ts_sqrt!0)))
 (let (($x93 (and (distinct ?x90 0.0) true)))
 (=> $x93 (= (* div!1 ?x90) v0_0)))))
(assert
 (let (($x27 (>= x0_1 0.0)))
 (=> $x27 (and (>= ts_sqrt!1 0.0) (= (* ts_sqrt!1 ts_sqrt!1) x0_1)))))
(assert
 (let ((?x100 (* 2.0 ts_sqrt!1)))
 (let (($x103 (and (distinct ?x100 0.0) true)))
 (=> $x103 (= (* div!2 ?x100) v0_1)))))
(assert
 (let (($x41 (>= x0_2 0.0)))
 (=> $x41 (and (>= ts_sqrt!2 0.0) (= (* ts_sqrt!2 ts_sqrt!2) x0_2)))))
(assert
 (let ((?x110 (* 2.0 ts_sqrt!2)))
 (let (($x113 (and (distinct ?x110 0.0) true)))
 (=> $x113 (= (* div!3 ?x110) v0_2)))))
(assert
 (let (($x117 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x117 (= (/ 1.0 2.0) (* div!4 ts_sqrt!0)))))
(assert
 (let (($x121 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x121 (= (/ 1.0 2.0) (* div!5 ts_sqrt!1)))))
(assert
 (let (($x125 (and (distinct ts_sqrt!2 0.0) true)))
 (=> $x125 (= (/ 1.0 2.0) (* div!6 ts_sqrt!2)))))
(assert
 (>= x0_0 0.0))
(assert
 (let ((?x90 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x90 0.0) true)))
(assert
 (>= x0_1 0.0))
(assert
 (let ((?x100 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x100 0.0) true)))
(assert
 (>= x0_2 0.0))
(assert
 (let ((?x110 (* 2.0 ts_sqrt!2)))
 (and (distinct ?x110 0.0) true)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!2 0.0) true))
(assert
 (let ((?x74 (* v0_0 div!4)))
 (let (($x77 (= ?x74 div!1)))
 (not $x77))))
(assert
 (let (($x129 (= ts_sqrt!0 ts_sqrt!1)))
 (=> (and (= x0_0 x0_1)) $x129)))
(assert
 (let (($x133 (= ts_sqrt!0 ts_sqrt!2)))
 (=> (and (= x0_0 x0_2)) $x133)))
(assert
 (let (($x137 (= ts_sqrt!1 ts_sqrt!2)))
(=> (and (= x0_1 x0_2)) $x137)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun v0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun v0_1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_2 () Real)
(declare-fun ts_sqrt!2 () Real)
(declare-fun v0_2 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(assert
 (let (($x12 (>= x0_0 0.0)))
 (=> $x12 (and (>= ts_sqrt!0 0.0) (= (* ts_sqrt!0 ts_sqrt!0) x0_0)))))
(assert
 (let ((?x90 (* 2.0 ts_sqrt!0)))
 (let (($x93 (and (distinct ?x90 0.0) true)))
 (=> $x93 (= (* div!1 ?x90) v0_0)))))
(assert
 (let (($x27 (>= x0_1 0.0)))
 (=> $x27 (and (>= ts_sqrt!1 0.0) (= (* ts_sqrt!1 ts_sqrt!1) x0_1)))))
(assert
 (let ((?x100 (* 2.0 ts_sqrt!1)))
 (let (($x103 (and (distinct ?x100 0.0) true)))
 (=> $x103 (= (* div!2 ?x100) v0_1)))))
(assert
 (let (($x41 (>= x0_2 0.0)))
 (=> $x41 (and (>= ts_sqrt!2 0.0) (= (* ts_sqrt!2 ts_sqrt!2) x0_2)))))
(assert
 (let ((?x110 (* 2.0 ts_sqrt!2)))
 (let (($x113 (and (distinct ?x110 0.0) true)))
 (=> $x113 (= (* div!3 ?x110) v0_2)))))
(assert
 (let (($x117 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x117 (= (/ 1.0 2.0) (* div!4 ts_sqrt!0)))))
(assert
 (let (($x121 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x121 (= (/ 1.0 2.0) (* div!5 ts_sqrt!1)))))
(assert
 (let (($x125 (and (distinct ts_sqrt!2 0.0) true)))
 (=> $x125 (= (/ 1.0 2.0) (* div!6 ts_sqrt!2)))))
(assert
 (>= x0_0 0.0))
(assert
 (let ((?x90 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x90 0.0) true)))
(assert
 (>= x0_1 0.0))
(assert
 (let ((?x100 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x100 0.0) true)))
(assert
 (>= x0_2 0.0))
(assert
 (let ((?x110 (* 2.0 ts_sqrt!2)))
 (and (distinct ?x110 0.0) true)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!2 0.0) true))
(assert
 (let ((?x75 (* v0_1 div!5)))
 (let (($x78 (= ?x75 div!2)))
 (not $x78))))
(assert
 (let (($x129 (= ts_sqrt!0 ts_sqrt!1)))
 (=> (and (= x0_0 x0_1)) $x129)))
(assert
 (let (($x133 (= ts_sqrt!0 ts_sqrt!2)))
 (=> (and (= x0_0 x0_2)) $x133)))
(assert
 (let (($x137 (= ts_sqrt!1 ts_sqrt!2)))
(=> (and (= x0_1 x0_2)) $x137)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun v0_0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun v0_1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_2 () Real)
(declare-fun ts_sqrt!2 () Real)
(declare-fun v0_2 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(assert
 (let (($x12 (>= x0_0 0.0)))
 (=> $x12 (and (>= ts_sqrt!0 0.0) (= (* ts_sqrt!0 ts_sqrt!0) x0_0)))))
(assert
 (let ((?x90 (* 2.0 ts_sqrt!0)))
 (let (($x93 (and (distinct ?x90 0.0) true)))
 (=> $x93 (= (* div!1 ?x90) v0_0)))))
(assert
 (let (($x27 (>= x0_1 0.0)))
 (=> $x27 (and (>= ts_sqrt!1 0.0) (= (* ts_sqrt!1 ts_sqrt!1) x0_1)))))
(assert
 (let ((?x100 (* 2.0 ts_sqrt!1)))
 (let (($x103 (and (distinct ?x100 0.0) true)))
 (=> $x103 (= (* div!2 ?x100) v0_1)))))
(assert
 (let (($x41 (>= x0_2 0.0)))
 (=> $x41 (and (>= ts_sqrt!2 0.0) (= (* ts_sqrt!2 ts_sqrt!2) x0_2)))))
(assert
 (let ((?x110 (* 2.0 ts_sqrt!2)))
 (let (($x113 (and (distinct ?x110 0.0) true)))
 (=> $x113 (= (* div!3 ?x110) v0_2)))))
(assert
 (let (($x117 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x117 (= (/ 1.0 2.0) (* div!4 ts_sqrt!0)))))
(assert
 (let (($x121 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x121 (= (/ 1.0 2.0) (* div!5 ts_sqrt!1)))))
(assert
 (let (($x125 (and (distinct ts_sqrt!2 0.0) true)))
 (=> $x125 (= (/ 1.0 2.0) (* div!6 ts_sqrt!2)))))
(assert
 (>= x0_0 0.0))
(assert
 (let ((?x90 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x90 0.0) true)))
(assert
 (>= x0_1 0.0))
(assert
 (let ((?x100 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x100 0.0) true)))
(assert
 (>= x0_2 0.0))
(assert
 (let ((?x110 (* 2.0 ts_sqrt!2)))
 (and (distinct ?x110 0.0) true)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!2 0.0) true))
(assert
 (let ((?x76 (* v0_2 div!6)))
 (let (($x79 (= ?x76 div!3)))
 (not $x79))))
(assert
 (let (($x129 (= ts_sqrt!0 ts_sqrt!1)))
 (=> (and (= x0_0 x0_1)) $x129)))
(assert
 (let (($x133 (= ts_sqrt!0 ts_sqrt!2)))
 (=> (and (= x0_0 x0_2)) $x133)))
(assert
 (let (($x137 (= ts_sqrt!1 ts_sqrt!2)))
(=> (and (= x0_1 x0_2)) $x137)))
(check-sat)
